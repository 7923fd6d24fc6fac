/**
 * Facts about the site itself that several pages show. Change them here and nowhere else: the footer, the
 * accessibility statement, /om/ and /bidra/ all read them.
 */
export const SITE = {
  /** The site's name, as publisher in citations and feeds. */
  name: 'Bopraksis',
  /** The editorial team's one contact address, for feedback, corrections and accessibility reports. */
  contactEmail: 'redaksjonen@bopraksis.no',
} as const;
