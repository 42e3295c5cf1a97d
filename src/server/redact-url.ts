/** A connection URL safe to print: the password, if any, is replaced so it never reaches a log or terminal. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** Removes every occurrence of the URL's password from a message (driver errors may echo parts of the URL). */
export function redactPasswordIn(message: string, url: string): string {
  const password = passwordOf(url);
  return password === '' ? message : message.split(password).join('***');
}

function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}
