// Generates src/server/identity/data/common-passwords.txt, the list of common passwords that sign-up and
// password changes are checked against (NIST SP 800-63B §5.1.1.2). It is made from patterns that dominate
// public breach corpora, written down from knowledge rather than copied from a leak: the most common base
// words (and words an attacker would try against a CITES Management Authority), each with the suffixes
// people add to reach a length rule (digit runs, years, "!", "@123"); digit runs and repeats; keyboard walks.
// Only entries of 12 characters or more are kept, since shorter passwords are refused by length anyway.
// Run: npx tsx scripts/build-common-passwords.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const output = fileURLToPath(new URL('../src/server/identity/data/common-passwords.txt', import.meta.url));
const minLength = 12;

const baseWords = [
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'qwerty', 'qwertyuiop', 'letmein', 'welcome', 'admin', 'administrator',
  'iloveyou', 'monkey', 'dragon', 'sunshine', 'princess', 'football', 'baseball', 'soccer', 'master', 'shadow',
  'superman', 'batman', 'trustno1', 'abc123', 'abcdef', 'abcdefgh', 'login', 'starwars', 'whatever', 'freedom',
  'michael', 'jennifer', 'jordan', 'hunter', 'ranger', 'buster', 'charlie', 'thomas', 'robert', 'daniel',
  'computer', 'internet', 'secret', 'changeme', 'default', 'access', 'hello', 'helloworld', 'flower', 'lovely',
  'jesus', 'jesuschrist', 'blessed', 'godisgood', 'chelsea', 'arsenal', 'liverpool', 'manchester', 'barcelona', 'realmadrid',
  'samsung', 'google', 'facebook', 'microsoft', 'windows', 'summer', 'winter', 'spring', 'autumn', 'january',
  'december', 'monday', 'friday', 'mypassword', 'newpassword', 'yourpassword', 'password1', 'qazwsx', 'zaq12wsx', 'asdfgh',
  'zxcvbnm', 'pokemon', 'naruto', 'killer', 'pepper', 'ginger', 'cookie', 'chocolate', 'banana', 'orange',
  'hornbill', 'cites', 'citespermit', 'permit', 'permits', 'wildlife', 'conservation', 'elephant', 'ivory', 'rhino',
  'lion', 'leopard', 'safari', 'kenya', 'nairobi', 'mombasa', 'uganda', 'kampala', 'tanzania', 'nigeria',
  'ghana', 'africa', 'ministry', 'government', 'customs', 'border', 'officer', 'approver', 'inspector', 'authority',
  'management', 'secretariat', 'office', 'headquarters', 'server', 'database', 'system', 'operator', 'support', 'helpdesk',
];
const suffixes = [
  '', '1', '12', '123', '1234', '12345', '123456', '1234567', '12345678', '!', '!!', '1!', '123!', '1234!', '@123', '@1234',
  '#1', '01', '007', '69', '99', '00', '000', '0000', '1111', '2000', '2010', '2015', '2016', '2017', '2018', '2019',
  '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2024!', '2025!', '2026!', '@2024', '@2025', '@2026',
  '_123', '.123', '123123', '321', '4321', '54321', 'abc', 'xyz', 'qwerty',
];
const keyboardWalks = [
  'qwertyuiopasdfghjkl', 'asdfghjklzxcvbnm', 'qwertyuiopasdfgh', '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'zaq12wsxcde3', 'zaq1xsw2cde3',
  '1q2w3e4r5t6y', '1q2w3e4r5t6y7u8i', 'q1w2e3r4t5y6', 'qazwsxedcrfv', 'qazwsxedcrfvtgb', 'poiuytrewqlkjhgf', 'mnbvcxzlkjhgfdsa',
  'azertyuiopqsdf', 'qwertzuiopasdf', '!qaz@wsx#edc', '1qazxsw23edc', 'qweasdzxc123', 'qwe123qwe123', 'asd123asd123',
  'qwerty123456', 'qwertyqwerty', 'asdfasdfasdf', 'zxczxczxczxc', 'abcdefghijkl', 'abcdefghijklmnop', 'abcabcabcabc', 'abcd1234abcd',
];

function digitRuns(): string[] {
  const runs: string[] = [];
  for (let length = minLength; length <= 16; length++) {
    runs.push('1234567890'.repeat(2).slice(0, length), '0987654321'.repeat(2).slice(0, length), '9876543210'.repeat(2).slice(0, length));
    for (let digit = 0; digit <= 9; digit++) runs.push(String(digit).repeat(length));
    for (const pair of ['12', '21', '10', '01', '69', '11', '00', '123', '321', '1234', '2580', '147', '159', '789']) {
      runs.push(pair.repeat(Math.ceil(length / pair.length)).slice(0, length));
    }
  }
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') runs.push(letter.repeat(minLength));
  return runs;
}

function variants(): Set<string> {
  const all = new Set<string>();
  const add = (candidate: string): void => {
    if (candidate.length >= minLength) all.add(candidate.toLowerCase());
  };
  for (const word of baseWords) {
    for (const suffix of suffixes) {
      add(word + suffix);
      add(word + word + suffix);
    }
    add(`my${word}123`);
    add(`${word}${word}${word}`);
    add(`i love ${word}`.replaceAll(' ', ''));
  }
  for (const walk of keyboardWalks) {
    add(walk);
    for (const suffix of suffixes) add(walk + suffix);
  }
  for (const run of digitRuns()) add(run);
  return all;
}

const list = [...variants()].sort();
writeFileSync(output, `${list.join('\n')}\n`);
console.log(`wrote ${list.length} passwords to ${output}`);
