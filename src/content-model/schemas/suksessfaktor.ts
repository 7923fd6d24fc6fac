import { z } from 'astro/zod';
import { grunnfelter } from './common.ts';
import { kildeSchema } from './kilde.ts';
import type { ReferenceFactory } from './reference.ts';

/** The front matter of a success factor (`content/suksessfaktorer/<id>.mdx`). */
export const suksessfaktorSchema = (reference: ReferenceFactory) =>
  z.object({
    ...grunnfelter,
    /** The national guide's main factor this one belongs under. Default: none, it is one of the six. @label Hovedfaktor @hint Hovedfaktoren i den nasjonale veiviseren denne hører under. La stå tom hvis den selv er en av de seks. */
    hovedfaktor: reference('suksessfaktorer').optional(),
    /** The documents the text is built on; citations `[1, s. 4]` count from 1 in this list. Default: []. @label Kilder @hint Dokumentene teksten bygger på. Henvisningen [1, s. 16] viser til den første i listen. */
    kilder: z.array(kildeSchema, { error: 'kilder må være en liste over kilder.' }).default([]),
  });
