/**
 * zod/mini ships without message texts ("Invalid input"). The server loads the English texts
 * so a `rejected` answer says what is wrong; the tablet maps errors to its own NL/DE texts by
 * field and never needs them, so they stay out of its bundle.
 */
import { z } from 'zod/mini';

export function loadReadableValidationMessages(): void {
  z.config(z.locales.en());
}
