import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-model/validation/check-content.ts';
import { errorsIn, formatReport, isSafetyCode } from '../content-model/validation/problem.ts';

/**
 * Runs `npm run sjekk` before a production build and stops it on any problem. Astro 7 only logs an unknown
 * reference, and a build must never publish a site that silently lacks a case.
 */
export default function contentGate(): AstroIntegration {
  return {
    name: 'bopraksis:content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Bodies are checked as they compile (remark-content-rules); here the front matter and cross-references.
        const problems = checkContent(fileURLToPath(config.root), { bodies: command !== 'build' });
        if (errorsIn(problems).length === 0) return;
        const report = formatReport(problems);
        if (command === 'build') {
          // Printed and stopped here rather than thrown, so editors see the list and not Astro's stack trace.
          logger.error(`Innholdet har feil, så nettstedet bygges ikke. Rett dette først:\n\n${report}`);
          process.exit(1);
        }
        logger.warn(`Innholdet har feil:\n${report}`);
        const unsafe = [
          ...new Set(
            errorsIn(problems)
              .filter((p) => isSafetyCode(p.code))
              .map((p) => p.file),
          ),
        ];
        if (unsafe.length > 0)
          logger.error(`Disse filene bryter sikkerhetsreglene og vises ikke i forhåndsvisningen: ${unsafe.join(', ')}`);
      },
    },
  };
}
