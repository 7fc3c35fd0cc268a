/**
 * Text for Prisma's `contains`, which PostgreSQL runs as (I)LIKE with the text as it is: LIKE's wildcards and its
 * escape character are escaped, so "100%" means the text 100%, not "100 and anything".
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}
