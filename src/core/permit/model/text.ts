// Free text typed on the form: surrounding spaces are dropped, and a required box may not be blank.
import { z } from 'zod';

export const requiredTextSchema = z.string().trim().min(1);

/** Text that may be left empty, e.g. box 5 special conditions when there are none. */
export const optionalTextSchema = z.string().trim();
