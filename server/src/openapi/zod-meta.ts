// The metadata our schemas carry beyond JSON Schema's own: `.meta({ description, descriptionZh })` keeps a field's
// Chinese description beside its English one; the OpenAPI document emits it as `x-description-zh`.
declare module 'zod/v4/core' {
  interface GlobalMeta {
    /** `description` in Simplified Chinese, for the site's Chinese API reference. */
    descriptionZh?: string;
  }
}

export {};
