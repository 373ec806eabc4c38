// Builds the site's stylesheet: style/main.scss (the NHS.UK design system's components
// the pages use, and our own styles) compiled by sass, then every rule whose classes
// appear nowhere in the views (app/src) dropped by PurgeCSS. Written to
// target/style/ideas.css, which cargo-leptos serves (`style-file` in Cargo.toml).
//
//   node style/build.mjs        (scripts/build runs it before every build)
//
// A class only ever put together at run time would be dropped: write class names whole
// in the views (`"nhsuk-tag nhsuk-tag--blue"`, not `format!("nhsuk-tag--{colour}")`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as sass from 'sass';
import { PurgeCSS } from 'purgecss';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = sass.compile(join(root, 'style/main.scss'), { style: 'compressed' }).css;
const [purged] = await new PurgeCSS().purge({
  content: [join(root, 'app/src/**/*.rs')],
  css: [{ raw: compiled }],
  // The design system's custom properties and animations are kept whole.
  variables: false,
  keyframes: false,
  // The elements Leptos wraps each island and its server-rendered children in.
  safelist: ['leptos-island', 'leptos-children'],
});
const out = join(root, 'target/style/ideas.css');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, purged.css);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `style: ${kb(compiled.length)} compiled, ${kb(purged.css.length)} used ` +
    `(${kb(gzipSync(purged.css, { level: 9 }).length)} gzipped) -> target/style/ideas.css`,
);
