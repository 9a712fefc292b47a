// A measure's figures as CSV for `astro dev` only: a build writes them all from one bundle ([bundle].json.ts,
// lib/downloads/file-bundle.ts), the same bytes.
import type { APIRoute } from 'astro';
import { getMeasureCsvs } from '../../../components/measures/load.ts';
import { CSV_TYPE } from '../../../lib/downloads/serialise.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return (await getMeasureCsvs()).map((csv) => ({ params: { measure: csv.key }, props: { text: csv.text } }));
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': CSV_TYPE } });
