import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  VISIBLE_ROWS,
  formatMarkdown,
  renderMarkdown
} from "./chunk-KWYEV5WG.js";
import {
  encodeLinkPath,
  escapeMarkdownText
} from "./chunk-QWU66CDN.js";
import "./chunk-WCLTFLMX.js";
import "./chunk-PAAWLEMI.js";
import "./chunk-UIWROO7M.js";
import "./chunk-VXV2MXR7.js";
export {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  VISIBLE_ROWS,
  encodeLinkPath,
  escapeMarkdownText,
  formatMarkdown,
  renderMarkdown
};
