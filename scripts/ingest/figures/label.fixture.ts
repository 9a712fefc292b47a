// The label of a figure in a made-up paragraph, as the label tests read it: labelOf on the scope scopeFor builds
// (one helper for every label test file, so they read a paragraph the same way).
import { labelOf } from './label.ts';
import { scopeFor } from './scope.fixture.ts';

export const label = (paragraph: string, figure: string, unit?: string) => labelOf(scopeFor(paragraph, figure, unit ? { unit } : {}));
