import { z } from 'astro/zod';
import { grunnfelter } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** The front matter of a success factor (`content/suksessfaktorer/<id>.mdx`). */
export const suksessfaktorSchema = (reference: ReferenceFactory) =>
  z.object({
    ...grunnfelter,
    /** The national guide's main factor this one belongs under. Default: none, it is one of the six. @label Hovedfaktor @hint Hovedfaktoren i den nasjonale veiviseren denne hører under. La stå tom hvis den selv er en av de seks. */
    hovedfaktor: reference('suksessfaktorer').optional(),
  });
