import {themes, type PrismTheme} from 'prism-react-renderer';

// prism-react-renderer's GitHub theme gives comments, strings and properties 2–4:1 contrast on its background;
// these are GitHub's current light syntax colours, each at least 4.5:1 on #f6f8fa (WCAG AA, checked by axe-core).
const colours: Record<string, string> = {
  comment: '#57606a',
  prolog: '#57606a',
  doctype: '#57606a',
  cdata: '#57606a',
  string: '#0a3069',
  'attr-value': '#0a3069',
  char: '#0a3069',
  regex: '#0a3069',
  url: '#0a3069',
  property: '#0550ae',
  'attr-name': '#0550ae',
  number: '#0550ae',
  boolean: '#0550ae',
  constant: '#0550ae',
  symbol: '#0550ae',
  variable: '#953800',
  parameter: '#953800',
  'assign-left': '#953800',
  function: '#6639ba',
  'class-name': '#6639ba',
  keyword: '#cf222e',
  atrule: '#cf222e',
  selector: '#116329',
  tag: '#116329',
  builtin: '#116329',
  inserted: '#116329',
  deleted: '#82071e',
  operator: '#24292f',
  punctuation: '#24292f',
  entity: '#953800',
};

export const lightCodeTheme: PrismTheme = {
  plain: {color: '#24292f', backgroundColor: '#f6f8fa'},
  styles: [
    ...themes.github.styles.filter((style) => !style.types.some((type) => type in colours)),
    ...Object.entries(colours).map(([type, color]) => ({types: [type], style: {color, ...(type === 'comment' ? {fontStyle: 'italic' as const} : {})}})),
  ],
};

// Dracula's comment colour (#6272a4) is 3:1 on its background; the rest of the theme passes.
export const darkCodeTheme: PrismTheme = {
  ...themes.dracula,
  styles: [...themes.dracula.styles, {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: '#a0aacb'}}],
};
