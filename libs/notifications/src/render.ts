import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { formatDate, formatDateTime, formatHours, formatTime, plural, type Instant, type PluralForms } from './formatting';
import { layoutStrings } from './layout-strings';
import type { Locale } from './locale';
import type { TemplateName, TemplateProps } from './registry';

export interface RenderedMail {
  /** One line, never a CR or LF: it becomes a header. */
  subject: string;
  html: string;
  text: string;
}

/**
 * Where templates/, layouts/ and partials/ live. Resolved from this file, so it works from source (ts-jest,
 * swc) and from a build that copies the three folders next to the compiled render.js.
 */
export const TEMPLATES_ROOT = __dirname;

export interface RendererOptions {
  /** A folder holding templates/, layouts/ and partials/; defaults to TEMPLATES_ROOT. */
  root?: string;
}

export type RenderFn = <N extends TemplateName>(name: N, props: TemplateProps<N>, locale: Locale) => RenderedMail;

type Section = 'subject' | 'html' | 'text';
type Compiled = Handlebars.TemplateDelegate;

// A template file holds the three parts of one language, each after a marker line that is itself a
// Handlebars comment, so editors still treat the whole file as Handlebars.
const SECTION_MARKER = /^\{\{!-- (subject|html|text) --\}\}[ \t]*$/gm;

export const parseTemplateFile = (source: string, file: string): Record<Section, string> => {
  const markers = [...source.matchAll(SECTION_MARKER)];
  const sections: Partial<Record<Section, string>> = {};
  markers.forEach((marker, i) => {
    const section = marker[1] as Section;
    if (sections[section] !== undefined) throw new Error(`${file}: section "${section}" appears twice`);
    const start = (marker.index ?? 0) + marker[0].length;
    const end = markers[i + 1]?.index ?? source.length;
    sections[section] = source.slice(start, end).trim();
  });
  const { subject, html, text } = sections;
  if (!subject || !html || !text) throw new Error(`${file}: needs non-empty {{!-- subject --}}, {{!-- html --}} and {{!-- text --}} sections`);
  return { subject, html, text };
};

// strict: a prop the template uses but the caller did not give throws instead of rendering an empty gap
// (props arrive from a job queue as JSON, past the compiler's reach).
const HTML_OPTIONS: CompileOptions = { strict: true };
// Subject and plain text are not HTML: "Ağa & oğulları" must stay as written, not become "&amp;".
const PLAIN_OPTIONS: CompileOptions = { strict: true, noEscape: true };

const localeOf = (options: Handlebars.HelperOptions): Locale => (options.data as { locale: Locale }).locale;

const registerHelpers = (hbs: typeof Handlebars): void => {
  hbs.registerHelper('formatDate', (value: Instant, options: Handlebars.HelperOptions) =>
    formatDate(value, localeOf(options), { weekday: options.hash.weekday === true }),
  );
  hbs.registerHelper('formatTime', (value: Instant, options: Handlebars.HelperOptions) => formatTime(value, localeOf(options)));
  hbs.registerHelper('formatDateTime', (value: Instant, options: Handlebars.HelperOptions) =>
    formatDateTime(value, localeOf(options), { weekday: options.hash.weekday === true }),
  );
  hbs.registerHelper('formatHours', (minutes: number, options: Handlebars.HelperOptions) => formatHours(minutes, localeOf(options)));
  // {{plural shiftCount one="# смена" few="# смены" many="# смен"}}
  hbs.registerHelper('plural', (count: number, options: Handlebars.HelperOptions) => plural(count, options.hash as PluralForms, localeOf(options)));
  // Free text typed by a person (a coordinator's message): escaped, blank lines become paragraphs,
  // single line breaks stay line breaks.
  hbs.registerHelper('paragraphs', (value: string) => {
    const html = String(value)
      .replace(/\r\n?/g, '\n')
      .trim()
      .split(/\n{2,}/)
      .map((paragraph) => `<p style="margin:0 0 16px 0;">${hbs.Utils.escapeExpression(paragraph).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
    return new hbs.SafeString(html);
  });
};

const oneLine = (subject: string): string => subject.replace(/\s+/g, ' ').trim();
const tidyText = (text: string): string =>
  text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';

/** A renderer with its own Handlebars instance; templates are read and compiled once, on first use. */
export const createRenderer = ({ root = TEMPLATES_ROOT }: RendererOptions = {}): RenderFn => {
  const hbs = Handlebars.create();
  registerHelpers(hbs);

  const partialsDir = join(root, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    const name = file.slice(0, -'.hbs'.length);
    // Partials named *-text are for the plain-text body and must not be HTML-escaped.
    const options = name.endsWith('-text') ? PLAIN_OPTIONS : HTML_OPTIONS;
    hbs.registerPartial(name, hbs.compile(readFileSync(join(partialsDir, file), 'utf8'), options));
  }
  const htmlLayout = hbs.compile(readFileSync(join(root, 'layouts', 'html.hbs'), 'utf8'), HTML_OPTIONS);
  const textLayout = hbs.compile(readFileSync(join(root, 'layouts', 'text.hbs'), 'utf8'), PLAIN_OPTIONS);

  const cache = new Map<string, Record<Section, Compiled>>();
  const load = (name: TemplateName, locale: Locale): Record<Section, Compiled> => {
    const key = `${name}/${locale}`;
    let compiled = cache.get(key);
    if (!compiled) {
      const file = join(root, 'templates', name, `${locale}.hbs`);
      const { subject, html, text } = parseTemplateFile(readFileSync(file, 'utf8'), file);
      compiled = { subject: hbs.compile(subject, PLAIN_OPTIONS), html: hbs.compile(html, HTML_OPTIONS), text: hbs.compile(text, PLAIN_OPTIONS) };
      cache.set(key, compiled);
    }
    return compiled;
  };

  return (name, props, locale) => {
    const template = load(name, locale);
    const data = { locale, strings: layoutStrings[locale] };
    const subject = oneLine(template.subject(props, { data }));
    // The layout shows an unsubscribe link exactly when the template's props have one (non-essential mail).
    const unsubscribeUrl = 'unsubscribeUrl' in props ? props.unsubscribeUrl : undefined;
    const html = htmlLayout({ subject, body: template.html(props, { data }), unsubscribeUrl }, { data });
    const text = tidyText(textLayout({ body: template.text(props, { data }).trim(), unsubscribeUrl }, { data }));
    return { subject, html, text };
  };
};

let defaultRenderer: RenderFn | undefined;

/** Renders a template in a language: pure apart from reading the template files once. */
export const render: RenderFn = (name, props, locale) => {
  defaultRenderer ??= createRenderer();
  return defaultRenderer(name, props, locale);
};
