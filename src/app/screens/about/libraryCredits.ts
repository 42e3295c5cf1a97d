import { z } from 'zod';

const libraryCreditSchema = z.object({
  name: z.string(),
  version: z.string(),
  license: z.string(),
  author: z.string().optional(),
});
export type LibraryCredit = z.infer<typeof libraryCreditSchema>;

/** credits.json is written at build time from the bundle's module graph (scripts/vite-plugin-credits.ts) and precached. */
export async function loadLibraryCredits(fetchFile: (url: string) => Promise<Response>): Promise<LibraryCredit[] | null> {
  try {
    const response = await fetchFile('/credits.json');
    if (!response.ok) return null;
    const parsed = z.array(libraryCreditSchema).safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
