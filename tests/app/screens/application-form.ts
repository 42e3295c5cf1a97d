import { expect } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

/** Helpers that drive the application form as an officer does, by the fields' form names (their permit paths). */

export function control(container: HTMLElement, path: string): HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement {
  const found = container.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${path}"]`);
  if (!found) throw new Error(`no form field ${path}`);
  return found;
}

export function type(container: HTMLElement, path: string, value: string): void {
  fireEvent.change(control(container, path), { target: { value } });
}

export async function chooseSpecies(container: HTMLElement, path: string, typed: string): Promise<void> {
  const input = control(container, path);
  fireEvent.change(input, { target: { value: typed } });
  await within(input.closest('.species-picker') as HTMLElement).findAllByRole('option');
  fireEvent.keyDown(input, { key: 'Enter' });
}

export async function waitUntilSaved(): Promise<void> {
  await waitFor(() => expect(screen.getByTestId('save-status').dataset['state']).toBe('saved'));
}
