/** "export permit" → "Export permit", for names that are lower case because they are used inside sentences. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
