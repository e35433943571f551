const SHOWN_CHARS = 160;

/**
 * Names and parser messages quote the document: a megabyte-long tag or attribute name must not
 * become a megabyte-long error.
 */
export function shown(text: string): string {
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}… [${text.length - SHOWN_CHARS} more characters]` : text;
}
