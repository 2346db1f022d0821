/**
 * `civic-widgets.iife.js`: the classic build, for `<script defer src>`. One
 * file with everything, exposing `window.CivicWidgets`; reads `data-endpoint`
 * and `data-lang` from its own script tag.
 */
import { MemoryAdapter, RestAdapter } from '@civic-widgets/core';
import { configure, readScriptConfig, setScriptConfig } from '../base/config.js';
import { defineElement } from '../base/define.js';
import { registerLocale } from '../i18n/registry.js';
import { CivicComments } from '../comments/comments.js';
import { CivicPetition } from '../petition/petition.js';
import { CivicPoll } from '../poll/poll.js';
import { CivicRating } from '../rating/rating.js';
import { VERSION } from '../version.js';
import { claimPage } from './once.js';

const api = {
  version: VERSION,
  configure,
  registerLocale,
  RestAdapter,
  MemoryAdapter,
  CivicPoll,
  CivicComments,
  CivicPetition,
  CivicRating,
};

if (claimPage('civic-widgets.iife.js')) {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) setScriptConfig(readScriptConfig(script));
  defineElement('civic-poll', CivicPoll);
  defineElement('civic-comments', CivicComments);
  defineElement('civic-petition', CivicPetition);
  defineElement('civic-rating', CivicRating);
  (window as unknown as { CivicWidgets: typeof api }).CivicWidgets = api;
}

export type CivicWidgetsGlobal = typeof api;
