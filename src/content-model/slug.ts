/** «Møre og Romsdal» → «more-og-romsdal»: ids and file names from Norwegian text. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Ids are lowercase ASCII words joined by hyphens, so file names, URLs and references agree. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
