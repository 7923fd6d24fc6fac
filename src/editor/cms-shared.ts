/** The data files keep their YAML list; the admin's `yaml-liste` format wraps it in this one field for Decap. */
export const LIST_FIELD = 'oppforinger';
/** The file's leading comment, carried through the editor so a save does not drop it. */
export const COMMENT_FIELD = 'kommentar';
export const LIST_FORMAT = 'yaml-liste';
