import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  DEFAULT_MAX_LENGTH,
  GITHUB_COMMENT_LIMIT,
  VISIBLE_ROWS,
  encodeLinkPath,
  escapeMarkdownText,
  formatMarkdown,
  renderMarkdown
} from "./chunk-UMF6GS4A.js";
import "./chunk-WCLTFLMX.js";
import "./chunk-U6H5YBYH.js";
import "./chunk-PAAWLEMI.js";
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
