export { CivicElement, MissingBackendError } from './base/civic-element.js';
export { configure, resetConfig, readScriptConfig, setScriptConfig, resolveAdapter, type CivicConfig } from './base/config.js';
export { defineElement } from './base/define.js';
export type { CivicEventMap, CivicEventName } from './base/events.js';
export {
  ResourceController,
  type ResourceStatus,
  type ResourceRenderers,
  type ResourceOptions,
} from './controllers/resource-controller.js';
export { LocaleController, resolveLang } from './controllers/locale-controller.js';
export { LiveController } from './controllers/live-controller.js';
export { registerLocale, supportedLanguage, isRtl, type MessageBundle } from './i18n/registry.js';
export { LANGUAGES } from '@civic-widgets/core';
export { commonMessages } from './i18n/common.js';
export { Translator, type Params } from './i18n/translator.js';
export type { Catalogue, MessageKey } from './i18n/catalogues/en.js';
export type { Message, PluralForms } from './i18n/messages.js';
export { baseStyles } from './styles/base.styles.js';
export { textField, honeypot, characterCount, type TextFieldOptions } from './base/text-field.js';
export { formStyles } from './styles/form.styles.js';
// What a page needs from @civic-widgets/core, so that installing @civic-widgets/elements is enough
// with any package manager (pnpm and Yarn Plug'n'Play give a package only its declared dependencies).
export {
  RestAdapter,
  MemoryAdapter,
  CivicError,
  type Adapter,
  type RestAdapterOptions,
  type MemoryAdapterOptions,
  type Seed,
} from '@civic-widgets/core';
