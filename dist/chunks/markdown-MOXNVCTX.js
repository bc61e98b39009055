import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  escapeMarkdownText,
  formatMarkdown,
  renderMarkdown
} from "./chunk-Z5QK2UY4.js";
import "./chunk-BLLZAX7D.js";
import "./chunk-PAAWLEMI.js";
import "./chunk-VXV2MXR7.js";
export {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  escapeMarkdownText,
  formatMarkdown,
  renderMarkdown
};
