import { gzipSync } from 'node:zlib';

/**
 * Every script a page makes a modern browser download on a first visit (`nomodule` polyfills, which it
 * skips, are left out), fetched from `base` and gzipped one by one, as a server would send them.
 */
export async function firstLoadScripts(base: string, route: string): Promise<{ route: string; files: string[]; gzipBytes: number }> {
  const html = await (await fetch(`${base}${route}`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const files = [...new Set(tags.map((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1] ?? ''))].filter(Boolean);
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(Buffer.from(await (await fetch(`${base}${file}`)).arrayBuffer())).length;
  return { route, files, gzipBytes };
}
