// Search compares names the way an officer types them: no accents, no case, no punctuation.
// "Eléphant d'Afrique" → ["elephant", "d", "afrique"].

const ligatures: Readonly<Record<string, string>> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æœßøđłı]/g, (letter) => ligatures[letter] ?? letter);
}

export function searchTokens(text: string): string[] {
  return normaliseForSearch(text).split(/[^a-z0-9]+/).filter((token) => token !== '');
}
