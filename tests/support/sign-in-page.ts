import type { Page } from 'playwright-core';

/** Types the credentials into the sign-in (or lock) screen and submits them. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A sign-in the device can decide (the user is enrolled on it): waits for the user to be signed in. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await submitSignIn(page, username, password);
  await page.getByTestId('session-status').waitFor();
}

/**
 * The first sign-in of a user on this browser, online: the one-time password replaced when one is given,
 * then the device enrolled. Returns the device code shown.
 */
export async function firstSignIn(page: Page, username: string, password: string, oneTimePassword?: string): Promise<string> {
  await submitSignIn(page, username, oneTimePassword ?? password);
  if (oneTimePassword !== undefined) {
    await page.getByTestId('new-password').fill(password);
    await page.getByTestId('repeat-password').fill(password);
    await page.getByRole('button', { name: 'Change the password and continue' }).click();
  }
  const code = (await page.getByTestId('device-code').textContent()) ?? '';
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByTestId('session-status').waitFor();
  return code;
}
