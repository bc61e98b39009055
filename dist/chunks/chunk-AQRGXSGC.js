import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  ScaleplanError
} from "./chunk-MI7DVUIV.js";
import {
  closestMatch
} from "./chunk-CABQTM2P.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VXV2MXR7.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap5 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair3 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar7 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode4(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor2 = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor2;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode4;
    exports.isPair = isPair3;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      let ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path9, ctrl), visit_(key, ctrl, visitor, path9);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          let ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      let ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path9, ctrl), visitAsync_(key, ctrl, visitor, path9);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor == "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
    }
    function replaceNode(key, path9, node) {
      let parent = path9[path9.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit3;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit3 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix2] = parts;
            return this.tags[handle] = prefix2, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix2 = this.tags[handle];
        if (prefix2)
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix2] of Object.entries(this.tags))
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix2] of tagEntries)
          handle === "!!" && prefix2 === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix2))) && lines.push(`%TAG ${handle} ${prefix2}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit3.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix2, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit3 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit3.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match2 = tags.filter((t) => t.tag === tagName), tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map2.items.push(value), map2;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema2, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        let k = path9[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 == "object" && !!path9[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2), Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema2 && (copy.schema = schema2), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          let [key, ...rest] = path9, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        let [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        let [key, ...rest] = path9, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        let [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        let [key, ...rest] = path9;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str2.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str2[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str2 = "", start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i])
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n" && (str2 += json2.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                let code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str2 += "\\x" + code.substr(2) : str2 += json2.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength)
                i += 1;
              else {
                for (str2 += json2.slice(start, i) + `

`; json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"'; )
                  str2 += `
`, i += 2;
                str2 += indent, json2[i + 2] === " " && (str2 += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str2 = start ? str2 + json2.slice(start) : json2, implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal2 = blockQuote === "literal" ? !0 : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? !1 : type2 === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal2) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type: type2, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type: type2 } = item;
      type2 !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type2 = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type2);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          let testMatch = match2.filter((t) => t.test);
          testMatch.length > 0 && (match2 = testMatch);
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str2 = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}` : str2;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str2 = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str2 = `? ${str2}`, keyComment && !keyCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))), str2 = `? ${str2}
${indent}:`) : (str2 = `${str2}:`, keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str2.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str2 += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map2 instanceof Map ? map2.has(key) || map2.set(key, value2) : map2 instanceof Set ? map2.add(key) : Object.prototype.hasOwnProperty.call(map2, key) || Object.defineProperty(map2, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge2 = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map)
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map2 instanceof Set)
          map2.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map2 ? Object.defineProperty(map2, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema2)), identity.isNode(value) && (value = value.clone(schema2)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0)
        str2 = flowChars.start + flowChars.end;
      else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str2 += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str2 += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes(`
`)), i < items.length - 1 ? str2 += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth)), reqNewline && (str2 += ",")), comment && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment))), lines.push(str2), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str2 = start;
        for (let line of lines)
          str2 += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str2}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map2 = new this(schema2), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema2.sortMapEntries == "function" && map2.items.sort(schema2.sortMapEntries), map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        identity.isPair(pair2) ? _pair = pair2 : !pair2 || typeof pair2 != "object" || !("key" in pair2) ? _pair = new Pair.Pair(pair2, pair2?.value) : _pair = new Pair.Pair(pair2.key, pair2.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        let map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map2);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map2 = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        return identity.isMap(map3) || onError("Expected a mapping for this tag"), map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq2 = [];
        ctx?.onCreate && ctx.onCreate(seq2);
        let i = 0;
        for (let item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema2, obj, ctx) {
        let { replacer } = ctx, seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq2 = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        return identity.isSeq(seq3) || onError("Expected a sequence for this tag"), seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float2 = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2)), dot = str2.indexOf(".");
        return dot !== -1 && str2[str2.length - 1] === "0" && (node.minFractionDigits = str2.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix2 + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int2 = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map(), _null2 = require_null2(), seq2 = require_seq(), string = require_string(), bool2 = require_bool(), float2 = require_float(), int2 = require_int(), schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map2 = require_map(), seq2 = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str2)}`), str2;
      }
    }, schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str2 = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str2;
        if (typeof node_buffer.Buffer == "function")
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL), type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str2.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str2.substr(o, lineWidth);
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2))
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair2.value ?? pair2.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair2;
            }
            seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      let { replacer } = ctx, pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs2 = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map2 = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map2);
        for (let pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2) ? (key = toJS.toJS(pair2.key, "", ctx), value = toJS.toJS(pair2.value, key, ctx)) : key = toJS.toJS(pair2, "", ctx), map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        let pairs$1 = pairs2.createPairs(schema2, iterable, ctx), omap3 = new this();
        return omap3.items = pairs$1.items, omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        let pairs$1 = pairs2.resolvePairs(seq2, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float2 = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, ""))), dot = str2.indexOf(".");
        if (dot !== -1) {
          let f = str2.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      let sign = str2[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str2 = str2.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        let n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      let { value } = node;
      if (intIdentify(value)) {
        let str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int2 = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        identity.isPair(key) ? pair2 = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair2 = new Pair.Pair(key.key, null) : pair2 = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair2.key) || this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        let { replacer } = ctx, set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set3.items.push(Pair.createPair(value, null, ctx));
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map2);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      let sign = str2[0], parts = sign === "-" || sign === "+" ? str2.substring(1) : str2, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, !1),
      stringify: stringifySexagesimal
    }, timestamp2 = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        let match2 = str2.match(timestamp2.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match2.map(Number), millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map(), _null2 = require_null2(), seq2 = require_seq(), string = require_string(), binary2 = require_binary(), bool2 = require_bool2(), float2 = require_float2(), int2 = require_int2(), merge2 = require_merge(), omap2 = require_omap(), pairs2 = require_pairs(), set2 = require_set(), timestamp2 = require_timestamp(), schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map(), _null2 = require_null2(), seq2 = require_seq(), string = require_string(), bool2 = require_bool(), float2 = require_float(), int2 = require_int(), schema2 = require_schema(), schema$1 = require_schema2(), binary2 = require_binary(), merge2 = require_merge(), omap2 = require_omap(), pairs2 = require_pairs(), schema$2 = require_schema3(), set2 = require_set(), timestamp2 = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge2.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map2 = require_map(), seq2 = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema2 == "string" && schema2 || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge2), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map2.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq2.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      let lines = [], hasDirectives = options.directives === !0;
      if (options.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema2 = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        options?._directives ? (this.directives = options._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        assertCollection(this.contents) && this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options === void 0 && replacer && (options = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        let k = this.createNode(key, null, options), v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        return Collection.isEmptyPath(path9) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path9) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        return Collection.isEmptyPath(path9) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        return Collection.isEmptyPath(path9) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path9) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        Collection.isEmptyPath(path9) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value) : assertCollection(this.contents) && this.contents.setIn(path9, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          let s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens[tokens.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map2 = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep: sep2, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end, keyProps.comment && (map2.comment ? map2.comment += `
` + keyProps.comment : map2.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map2.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair2 = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map2.items.push(pair2);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair2.srcToken = collItem), map2.items.push(pair2);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map2.range = [bm.offset, offset, commentEnd ?? offset], map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq2 = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq2.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq2.items.push(node);
      }
      return seq2.range = [bs.offset, offset, commentEnd ?? offset], seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep2 = "";
        for (let token of end) {
          let { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep2 + cb : comment = cb, sep2 = "";
              break;
            }
            case "newline":
              comment && (sep2 += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap5 = fc.start.source === "{", fcName = isMap5 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep: sep2, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap5 && !sep2 && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap5 && !props.found && ctx.options.strict) {
              if (sep2)
                for (let st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair2.srcToken = collItem), isMap5) {
            let map2 = coll;
            utilMapIncludes.mapIncludes(ctx, map2.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map2.items.push(pair2);
          } else {
            let map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = !0, map2.items.push(pair2);
            let endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap5 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart2 = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep2 = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type2 === Scalar.Scalar.BLOCK_LITERAL ? (value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep2 === " " ? sep2 = `
` : !prevMoreIndented && sep2 === `
` && (sep2 = `

`), value += sep2 + indent.slice(trimIndent) + content, sep2 = `
`, prevMoreIndented = !0) : content === "" ? sep2 === `
` ? value += `
` : sep2 = `
` : (value += sep2 + content, sep2 = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type: type2, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, ""), sep2 = " ", pos = line.lastIndex;
      for (; match2 = line.exec(source); ) {
        let lm = match2[1].replace(trimBoth, "");
        lm === "" ? sep2 === `
` ? res += sep2 : sep2 = `
` : (res += sep2 + lm, sep2 = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match2 = last.exec(source), res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type: type2, comment, range: range3 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range3, scalar.source = value, type2 && (scalar.type = type2), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema2.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema2.knownTags[tagName];
      return kt && !kt.collection ? (schema2.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema2[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      let tag = schema2.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        let compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd2 = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd2, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd2, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options.version || "1.2" }), this.options = options;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = !1, endOffset = -1) {
        for (let token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type: type2 = "PLAIN" } = context, source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type: type2 } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep2)
        for (let st of sep2)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path9) => {
      let item = cst;
      for (let [field, index] of path9) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit3.parentCollection = (cst, path9) => {
      let parent = visit3.itemAtPath(cst, path9.slice(0, -1)), field = path9[path9.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path9.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path9));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar7;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type2 = cst.tokenType(source);
        if (type2)
          if (type2 === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type2, yield* this.step(), type2) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep2;
          scalar.end ? (sep2 = scalar.end, sep2.push(this.sourceToken), delete scalar.end) : sep2 = [this.sourceToken];
          let map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map2) {
        let it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map2.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map2.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                let end = map2.items[map2.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map2.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map2.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map2.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map2.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep2 = it.sep;
                    sep2.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep: sep2 }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map2.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs9 = this.flowScalar(this.type);
              atNextItem || it.value ? (map2.items.push({ start, key: fs9, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs9) : (Object.assign(it, { key: fs9, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map2.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq2) {
        let it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                let end = seq2.items[seq2.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq2.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          let bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs9 = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs9, sep: [] }) : it.sep ? this.stack.push(fs9) : Object.assign(it, { key: fs9, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            let map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map2;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser2 = require_parser();
    function parseOptions(options) {
      let prettyErrors = options.prettyErrors !== !1;
      return { lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser2.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options), parser$1 = new parser2.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse(src, reviver, options) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options === void 0 && reviver && typeof reviver == "object" && (options = reviver);
      let doc = parseDocument2(src, options);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options === void 0 && replacer && (options = replacer), typeof options == "string" && (options = options.length), typeof options == "number") {
        let indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options) : new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema2 = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser2 = require_parser(), publicApi = require_public_api(), visit3 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit3.visit;
    exports.visitAsync = visit3.visitAsync;
  }
});

// src/k8s/promql-signatures.ts
var TYPE_NAMES = {
  scalar: "a scalar",
  vector: "an instant vector",
  matrix: "a range vector",
  string: "a string"
}, RENAMED_FUNCTIONS = {
  holt_winters: "Prometheus 3 renamed it double_exponential_smoothing (an experimental function)"
}, S = "scalar", V = "vector", M = "matrix", STR = "string";
function signatures(names, args, returns = V, variadic = 0) {
  return names.split(" ").map((name) => [name, { args, variadic, returns }]);
}
var FUNCTIONS = new Map([
  ...signatures(
    "abs absent acos acosh asin asinh atan atanh ceil cos cosh deg exp floor histogram_avg histogram_count histogram_sum histogram_stddev histogram_stdvar ln log10 log2 rad sgn sin sinh sort sort_desc sqrt tan tanh timestamp",
    [V]
  ),
  ...signatures(
    "absent_over_time avg_over_time changes count_over_time delta deriv first_over_time idelta increase irate last_over_time mad_over_time max_over_time min_over_time present_over_time rate resets stddev_over_time stdvar_over_time sum_over_time ts_of_first_over_time ts_of_max_over_time ts_of_min_over_time ts_of_last_over_time",
    [M]
  ),
  ...signatures(
    "day_of_month day_of_week day_of_year days_in_month hour minute month year",
    [V],
    V,
    1
  ),
  ...signatures("clamp", [V, S, S]),
  ...signatures("clamp_max clamp_min", [V, S]),
  ...signatures("round", [V, S], V, 1),
  ...signatures("histogram_fraction", [S, S, V]),
  ...signatures("histogram_quantile", [S, V]),
  ...signatures("histogram_quantiles", [V, STR, S, S], V, 9),
  ...signatures("double_exponential_smoothing", [M, S, S]),
  ...signatures("predict_linear", [M, S]),
  ...signatures("quantile_over_time", [S, M]),
  ...signatures("info", [V, V], V, 1),
  ...signatures("label_replace", [V, STR, STR, STR, STR]),
  ...signatures("label_join", [V, STR, STR, STR], V, -1),
  ...signatures("sort_by_label sort_by_label_desc", [V, STR], V, -1),
  ...signatures("scalar", [V], S),
  ...signatures("vector", [S]),
  ...signatures("pi time start end range step", [], S)
]), AGGREGATION_PARAMETERS = {
  topk: S,
  bottomk: S,
  limitk: S,
  limit_ratio: S,
  quantile: S,
  count_values: STR
}, COMPARISONS = /* @__PURE__ */ new Set([
  "Eql",
  "Neq",
  "Gtr",
  "Lss",
  "Gte",
  "Lte",
  "TrimUpper",
  "TrimLower"
]), SET_OPERATORS = /* @__PURE__ */ new Set(["And", "Or", "Unless"]), OPERATOR_NODES = /* @__PURE__ */ new Set([
  "Pow",
  "Mul",
  "Div",
  "Mod",
  "Atan2",
  "Add",
  "Sub",
  ...COMPARISONS,
  ...SET_OPERATORS
]), SIMPLE_ESCAPES = /* @__PURE__ */ new Set(["a", "b", "f", "n", "r", "t", "v", "\\"]);

// src/k8s/promql-regex.ts
var re2;
async function loadRE2() {
  re2 ??= (await import("./build-QNF5ZZBA.js")).RE2JS;
}
function compileMatcherRegex(pattern) {
  if (!re2)
    throw new Error("checkPromQL: RE2 is not loaded; await loadPromQL() first");
  return re2.compile(`^(?s:${pattern})$`);
}
function regexError(pattern) {
  try {
    compileMatcherRegex(pattern);
    return;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "RE2JSSyntaxException")
      throw error;
    let syntax = error, description = typeof syntax.error == "string" ? syntax.error : error.message.replace(/^error parsing regexp: /, ""), fragment = typeof syntax.input == "string" && !syntax.input.startsWith("^(?s:") ? syntax.input : "";
    return fragment ? `${description} at "${fragment}"` : description;
  }
}
function regexMatchesEmpty(pattern) {
  try {
    return compileMatcherRegex(pattern).matches("");
  } catch {
    return;
  }
}

// src/k8s/promql-typecheck.ts
var POSTFIX_NODES = {
  OffsetExpr: "offset",
  StepInvariantExpr: "at",
  MatrixSelector: "range",
  SubqueryExpr: "subquery",
  AnchoredExpr: "anchored",
  SmoothedExpr: "smoothed"
}, BINARY_LEVELS = {
  Or: 1,
  And: 2,
  Unless: 2,
  Eql: 3,
  Neq: 3,
  Gtr: 3,
  Lss: 3,
  Gte: 3,
  Lte: 3,
  TrimUpper: 3,
  TrimLower: 3,
  Add: 4,
  Sub: 4,
  Mul: 5,
  Div: 5,
  Mod: 5,
  Atan2: 5,
  Pow: 6
}, UNARY_OPERAND_POWER = 11, OFFSET_POWER = 14, POSTFIX_POWER = 16, TypeChecker = class {
  constructor(expr) {
    this.expr = expr;
  }
  expr;
  problem;
  typeOf(node) {
    return this.problem ? void 0 : this.check(this.group(node)).type;
  }
  /** Flattens a chain of operators and operands in source order, then groups it as Prometheus does. */
  group(node) {
    let items = [];
    this.flatten(node, items);
    let position = 0, parse = (minimum) => {
      let left = prefix2();
      for (; ; ) {
        let item = items[position];
        if (!item)
          return left;
        if (item.kind === "postfix") {
          if ((item.modifier === "offset" ? OFFSET_POWER : POSTFIX_POWER) < minimum)
            return left;
          position++, left = {
            kind: "postfix",
            modifier: item.modifier,
            token: item,
            operand: left,
            from: left.from,
            to: item.to
          };
        } else if (item.kind === "binary") {
          let level = BINARY_LEVELS[item.operator.name] ?? 0;
          if (2 * level < minimum)
            return left;
          position++;
          let right = parse(item.operator.name === "Pow" ? 2 * level : 2 * level + 1);
          left = {
            kind: "binary",
            operator: item.operator,
            modifiers: item.modifiers,
            left,
            right,
            from: left.from,
            to: right.to
          };
        } else
          return left;
      }
    }, prefix2 = () => {
      let item = items[position++];
      if (item?.kind === "prefix") {
        let operand = parse(UNARY_OPERAND_POWER);
        return { kind: "unary", operand, from: item.from, to: operand.to };
      }
      if (item?.kind === "operand")
        return item.operand;
      throw new Error(`PromQL chain out of order at ${item ? item.kind : "its end"}`);
    };
    return parse(0);
  }
  flatten(node, items) {
    let postfix = POSTFIX_NODES[node.name];
    if (postfix) {
      let [inner] = this.expressions(node);
      if (!inner)
        throw new Error(`PromQL ${node.name} without an expression`);
      this.flatten(inner, items);
      let keyword = inner.nextSibling, from = postfix === "range" || postfix === "subquery" ? firstNonBlank(this.expr, inner.to) : keyword?.from ?? inner.to;
      items.push({ kind: "postfix", modifier: postfix, from, to: node.to });
      return;
    }
    switch (node.name) {
      case "BinaryExpr": {
        let [left, right] = this.expressions(node), operator = children(node).find((child) => OPERATOR_NODES.has(child.name));
        if (!left || !right || !operator)
          throw new Error("PromQL BinaryExpr without operands or operator");
        this.flatten(left, items), items.push({
          kind: "binary",
          operator,
          modifiers: children(node).filter(
            (child) => child.from >= operator.to && child.to <= right.from
          )
        }), this.flatten(right, items);
        return;
      }
      case "UnaryExpr": {
        let [inner] = this.expressions(node);
        if (!inner)
          throw new Error("PromQL UnaryExpr without an expression");
        items.push({ kind: "prefix", from: node.from }), this.flatten(inner, items);
        return;
      }
      case "NumberDurationLiteral": {
        let signed = /^[-+]/.test(this.text(node));
        signed && items.push({ kind: "prefix", from: node.from });
        let from = signed ? firstNonBlank(this.expr, node.from + 1) : node.from;
        items.push({ kind: "operand", operand: { kind: "number", from, to: node.to } });
        return;
      }
      default:
        items.push({
          kind: "operand",
          operand: { kind: "atom", node, from: node.from, to: node.to }
        });
    }
  }
  check(grouped) {
    if (this.problem)
      return { type: void 0 };
    switch (grouped.kind) {
      case "number":
        return { type: "scalar" };
      case "atom":
        return this.atom(grouped.node);
      case "unary":
        return { type: this.unary(grouped) };
      case "binary":
        return { type: this.binary(grouped) };
      case "postfix":
        return this.postfix(grouped);
    }
  }
  atom(node) {
    switch (node.name) {
      case "StringLiteral":
        return { type: "string" };
      case "VectorSelector":
        return this.checkSelector(node), { type: "vector", selector: { kind: "vector", offset: !1, at: !1 } };
      case "ParenExpr":
        return { type: this.inner(node) };
      case "FunctionCall":
        return { type: this.functionCall(node) };
      case "AggregateExpr":
        return { type: this.aggregation(node) };
      default:
        return { type: void 0 };
    }
  }
  postfix(grouped) {
    let { operand, token } = grouped, inner = this.check(operand);
    if (this.problem)
      return { type: void 0 };
    let selector = inner.selector;
    switch (grouped.modifier) {
      case "range":
        return selector?.kind !== "vector" ? this.failTyped(
          { from: operand.to, to: grouped.to },
          "a range [...] can only follow a series selector; for a range over an expression, use a subquery [range:resolution]"
        ) : selector.offset || selector.at ? this.failTyped(
          { from: operand.to, to: grouped.to },
          "a range [...] must come before offset and @, directly after the selector (foo[5m] offset 1h)"
        ) : { type: "matrix", selector: { kind: "matrix", offset: !1, at: !1 } };
      case "subquery":
        return inner.type !== void 0 && inner.type !== "vector" ? this.failTyped(
          { from: operand.to, to: grouped.to },
          `a subquery needs an instant vector, but its expression is ${TYPE_NAMES[inner.type]}`
        ) : { type: "matrix", selector: { kind: "subquery", offset: !1, at: !1 } };
      case "offset":
      case "at": {
        let word = grouped.modifier === "offset" ? "offset" : "@", keyword = { from: token.from, to: token.from + (word === "offset" ? 6 : 1) };
        if (!selector)
          return this.failTyped(
            keyword,
            `${word} can only follow a series selector, a range or a subquery, not a computed expression (move it inside, onto the selector)`
          );
        let key = grouped.modifier;
        return selector[key] ? this.failTyped(keyword, `${word} may only be set once on a selector`) : { type: inner.type, selector: { ...selector, [key]: !0 } };
      }
      case "anchored":
      case "smoothed":
        return inner;
    }
  }
  failTyped(node, message) {
    return this.fail(node, message), { type: void 0 };
  }
  fail(node, message) {
    this.problem ??= { from: node.from, to: node.to, message };
  }
  text(node) {
    return this.expr.slice(node.from, node.to);
  }
  expressions(node) {
    return children(node).filter((child) => child.type.is("Expr"));
  }
  inner(node) {
    let inner = this.expressions(node)[0];
    return inner ? this.typeOf(inner) : void 0;
  }
  checkSelector(node) {
    let parts = children(node);
    for (let entry of children(parts.find((child) => child.name === "LabelMatchers") ?? node)) {
      let operator = entry.getChild("MatchOp")?.firstChild?.name, literal2 = entry.getChild("StringLiteral");
      if ((operator === "EqlRegex" || operator === "NeqRegex") && literal2) {
        let error = regexError(unquote(this.text(literal2)));
        if (error !== void 0) {
          this.fail(
            { from: literal2.from + 1, to: Math.max(literal2.from + 1, literal2.to - 1) },
            `this regular expression is not valid in Prometheus, which reads matchers as Go RE2 syntax anchored at both ends: ${error}`
          );
          return;
        }
      }
    }
    if (parts.some((child) => child.name === "Identifier"))
      return;
    let matchers = parts.find((child) => child.name === "LabelMatchers"), entries = matchers ? children(matchers) : [];
    if (entries.some((entry) => entry.name === "QuotedLabelName"))
      return;
    let matchesEmpty = (entry) => {
      let operator = entry.getChild("MatchOp")?.firstChild?.name, literal2 = entry.getChild("StringLiteral"), value = literal2 ? unquote(this.text(literal2)) : void 0;
      if (operator === void 0 || value === void 0)
        return !1;
      switch (operator) {
        case "EqlSingle":
          return value === "";
        case "Neq":
          return value !== "";
        case "EqlRegex":
          return regexMatchesEmpty(value) ?? !1;
        case "NeqRegex": {
          let matches = regexMatchesEmpty(value);
          return matches === void 0 ? !1 : !matches;
        }
        default:
          return !1;
      }
    };
    entries.every(matchesEmpty) && this.fail(
      node,
      "a selector needs a metric name or at least one label matcher that does not match the empty string (it would select every series)"
    );
  }
  unary(grouped) {
    let node = grouped, type2 = this.check(grouped.operand).type;
    return type2 === "matrix" || type2 === "string" ? this.fail(
      node,
      `a sign (+ or -) only applies to a scalar or an instant vector, not ${TYPE_NAMES[type2]}`
    ) : type2;
  }
  functionCall(node) {
    let identifier = node.getChild("FunctionIdentifier"), body = node.getChild("FunctionCallBody");
    if (!identifier || !body)
      return;
    let name = this.text(identifier), signature = FUNCTIONS.get(name), args = this.expressions(body), types2 = args.map((arg) => this.typeOf(arg));
    if (!signature || this.problem)
      return signature?.returns;
    let required = signature.variadic === 0 ? signature.args.length : signature.args.length - 1, maximum = signature.variadic === 0 ? signature.args.length : signature.variadic < 0 ? 1 / 0 : required + signature.variadic;
    if (args.length < required || args.length > maximum) {
      let expected = required === maximum ? `${required} argument${required === 1 ? "" : "s"}` : maximum === 1 / 0 ? `at least ${required} arguments` : `${required} to ${maximum} arguments`;
      return this.fail(node, `${name}() takes ${expected}, not ${args.length}`);
    }
    return args.forEach((arg, index) => {
      let expected = signature.args[Math.min(index, signature.args.length - 1)], actual = types2[index];
      expected && actual && expected !== actual && this.fail(
        arg,
        `argument ${index + 1} of ${name}() must be ${TYPE_NAMES[expected]}, not ${TYPE_NAMES[actual]}${hint(name, expected, actual)}`
      );
    }), signature.returns;
  }
  aggregation(node) {
    let operator = node.getChild("AggregateOp"), body = node.getChild("FunctionCallBody");
    if (!operator || !body)
      return;
    let name = this.text(operator).toLowerCase(), args = this.expressions(body), types2 = args.map((arg) => this.typeOf(arg));
    if (this.problem)
      return;
    let parameter = AGGREGATION_PARAMETERS[name], expected = parameter ? 2 : 1;
    if (args.length !== expected)
      return this.fail(
        node,
        parameter ? `${name}() takes ${TYPE_NAMES[parameter]} parameter and an instant vector, not ${args.length} argument${args.length === 1 ? "" : "s"}` : `${name}() takes one instant vector, not ${args.length} arguments`
      );
    let vectorIndex = expected - 1;
    if (parameter) {
      let parameterType = types2[0], arg = args[0];
      if (arg && parameterType && parameterType !== parameter)
        return this.fail(
          arg,
          `the parameter of ${name}() must be ${TYPE_NAMES[parameter]}, not ${TYPE_NAMES[parameterType]}`
        );
    }
    let vectorType = types2[vectorIndex], vectorArg = args[vectorIndex];
    return vectorArg && vectorType && vectorType !== "vector" ? this.fail(
      vectorArg,
      `${name}() aggregates an instant vector, not ${TYPE_NAMES[vectorType]}${vectorType === "matrix" ? " (wrap the range in a function such as rate() or avg_over_time())" : ""}`
    ) : "vector";
  }
  binary(grouped) {
    let { left, right, operator, modifiers } = grouped, leftType = this.check(left).type, rightType = this.check(right).type;
    if (this.problem)
      return;
    let symbol = this.text(operator), hasBool = modifiers.some((child) => child.name === "BoolModifier"), matching = modifiers.find((child) => child.name === "MatchingModifierClause"), comparison = COMPARISONS.has(operator.name), setOperator = SET_OPERATORS.has(operator.name);
    for (let [side, type2] of [
      [left, leftType],
      [right, rightType]
    ])
      if (type2 === "matrix" || type2 === "string")
        return this.fail(
          side,
          `"${symbol}" works on scalars and instant vectors, not on ${TYPE_NAMES[type2]}${type2 === "matrix" ? " (wrap the range in a function such as rate())" : ""}`
        );
    if (hasBool && !comparison)
      return this.fail(operator, `bool only applies to comparisons, not to "${symbol}"`);
    if (leftType === "scalar" && rightType === "scalar" && comparison && !hasBool)
      return this.fail(
        operator,
        `a comparison between two scalars needs bool ("${symbol} bool"), which returns 0 or 1`
      );
    if (setOperator && (leftType === "scalar" || rightType === "scalar"))
      return this.fail(
        operator,
        `"${symbol}" combines two instant vectors; it cannot take a scalar`
      );
    if (matching) {
      let grouping = children(matching).find(
        (child) => child.name === "GroupLeft" || child.name === "GroupRight"
      ), onIgnoring = children(matching).find(
        (child) => child.name === "On" || child.name === "Ignoring"
      ), labels = matching.getChild("GroupingLabels");
      if ((leftType === "scalar" || rightType === "scalar") && labels && children(labels).length > 0)
        return this.fail(
          onIgnoring ?? matching,
          "on(...) and ignoring(...) match the labels of two instant vectors; one side here is a scalar"
        );
      if (setOperator && grouping)
        return this.fail(
          grouping,
          `"${symbol}" already matches many-to-many; ${this.text(grouping)} is not allowed with it`
        );
    }
    return leftType === "scalar" && rightType === "scalar" ? "scalar" : leftType && rightType ? "vector" : void 0;
  }
};
function children(node) {
  let result = [];
  for (let child = node.firstChild; child; child = child.nextSibling)
    result.push(child);
  return result;
}
function hint(name, expected, actual) {
  return expected === "matrix" && actual === "vector" ? ` (add a range: ${name}(metric[5m]))` : expected === "vector" && actual === "matrix" ? ` (a range [...] belongs inside a function such as rate(), not in ${name}())` : expected === "scalar" && actual === "vector" ? " (scalar(...) turns a one-element vector into a scalar)" : "";
}
function unquote(text) {
  let body = text.slice(1, -1);
  if (text.startsWith("`"))
    return body;
  let simple = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: `
`,
    r: "\r",
    t: "	",
    v: "\v"
  };
  return body.replace(
    /\\(?:([0-7]{3})|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs,
    (_, octal, hex, u4, u8, char) => {
      let code = octal ? parseInt(octal, 8) : parseInt(hex ?? u4 ?? u8 ?? "", 16);
      return Number.isNaN(code) ? simple[char ?? ""] ?? char ?? "" : String.fromCodePoint(code);
    }
  );
}
function firstNonBlank(text, from) {
  let index = from;
  for (; index < text.length && /\s/.test(text[index] ?? ""); )
    index++;
  return index;
}

// src/k8s/promql.ts
var parser;
async function loadPromQL() {
  parser ??= (await import("./index.es-RZ6FCXQJ.js")).parser, await loadRE2();
}
function checkPromQL(expr, asRule = !0) {
  if (expr.trim() === "")
    return { from: 0, to: 0, message: "the expression is empty" };
  if (!parser)
    throw new Error("checkPromQL: the grammar is not loaded; await loadPromQL() first");
  let tree = parser.parse(lezerCompatible(expr)), syntax = stringProblem(tree, expr) ?? syntaxProblem(tree, expr);
  if (syntax)
    return syntax;
  let checker = new TypeChecker(expr), root = tree.topNode.firstChild, type2 = root ? checker.typeOf(root) : void 0;
  if (checker.problem)
    return checker.problem;
  if (asRule && root && (type2 === "matrix" || type2 === "string"))
    return {
      from: root.from,
      to: root.to,
      message: `a rule's expression must return an instant vector or a scalar, but this one returns ${TYPE_NAMES[type2]}`
    };
}
function lezerCompatible(expr) {
  return expr.replace(/(?<![\w.])(\d+)\.(?![\w.])/g, "$1 ").replace(
    /(?<![\w:])(?:offset|on|ignoring|group_left|group_right)(?=\s*\{)/g,
    (word) => `_${word.slice(1)}`
  );
}
function stringProblem(tree, expr) {
  let problem;
  return tree.iterate({
    enter(node) {
      if (problem)
        return !1;
      if (node.name !== "StringLiteral")
        return;
      let text = expr.slice(node.from, node.to), quote = text[0] ?? "";
      if (text.length < 2 || !text.endsWith(quote) || quote !== "`" && endsEscaped(text))
        return problem = {
          from: node.from,
          to: node.from + 1,
          message: "this string is never closed (its closing quote is missing)"
        }, !1;
      if (quote === "`")
        return !1;
      let escape2 = invalidEscape(text.slice(1, -1), quote);
      return escape2 !== void 0 && (problem = {
        from: node.from + 1 + escape2,
        to: node.from + 3 + escape2,
        message: `"${text.slice(1 + escape2, 3 + escape2)}" is not an escape sequence in a PromQL string (write "\\\\" for a backslash, or use a \`backtick\` string for regular expressions)`
      }), !1;
    }
  }), problem;
}
function endsEscaped(text) {
  let backslashes = 0;
  for (let index = text.length - 2; index > 0 && text[index] === "\\"; index--)
    backslashes++;
  return backslashes % 2 === 1;
}
function invalidEscape(body, quote) {
  for (let index = 0; index < body.length; index++) {
    if (body[index] !== "\\")
      continue;
    let next = body[index + 1] ?? "", rest = body.slice(index + 1);
    if (!(SIMPLE_ESCAPES.has(next) || next === quote || /^[0-7]{3}/.test(rest) || /^x[0-9a-fA-F]{2}/.test(rest) || /^u[0-9a-fA-F]{4}/.test(rest) || /^U[0-9a-fA-F]{8}/.test(rest)))
      return index;
    index++;
  }
}
function syntaxProblem(tree, expr) {
  let error;
  if (tree.iterate({
    enter(node) {
      if (error)
        return !1;
      if (node.type.isError)
        return error = { from: node.from, to: node.to }, !1;
    }
  }), !error)
    return;
  let contentEnd2 = expr.replace(/(?:\s|#[^\n]*)+$/, "").length;
  if (error.from >= contentEnd2) {
    let unclosed = unclosedBracket(expr);
    return unclosed ? {
      from: unclosed.offset,
      to: unclosed.offset + 1,
      message: `"${unclosed.bracket}" is never closed`
    } : {
      from: contentEnd2,
      to: contentEnd2,
      message: "the expression ends where more is expected"
    };
  }
  let start = firstNonBlank(expr, error.from), token = tokenAt(expr, start);
  if (token === "(") {
    let before = /([A-Za-z_:][\w:]*)\s*$/.exec(expr.slice(0, start));
    if (before?.[1] && !/^(?:by|without|on|ignoring|group_left|group_right|bool)$/i.test(before[1])) {
      let name = before[1], from = start - (expr.slice(0, start).length - (before.index ?? 0));
      return {
        from,
        to: from + name.length,
        message: `"${name}" is not a PromQL function${RENAMED_FUNCTIONS[name] ? ` (${RENAMED_FUNCTIONS[name]})` : ""}`
      };
    }
  }
  if (token === ")" || token === "]" || token === "}") {
    let open = unclosedBracket(expr.slice(0, start)), expected = open && CLOSING[open.bracket];
    if (expected && expected !== token)
      return {
        from: start,
        to: start + 1,
        message: `unexpected "${token}": "${open.bracket}" is still open, so "${expected}" is missing before it`
      };
  }
  return { from: start, to: start + token.length, message: `unexpected "${token}"` };
}
var CLOSING = { "(": ")", "[": "]", "{": "}" };
function tokenAt(text, offset) {
  let rest = text.slice(offset);
  return /^(?:[A-Za-z_:][\w:]*|\d[\w.]*|[=!<>]=|=~|!~|\S)/.exec(rest)?.[0] ?? rest.slice(0, 1);
}
function unclosedBracket(text) {
  let open = [], closing = { ")": "(", "]": "[", "}": "{" };
  for (let index = 0; index < text.length; index++) {
    let char = text[index] ?? "";
    if (char === '"' || char === "'" || char === "`") {
      let end = char === "`" ? text.indexOf("`", index + 1) : closingQuote(text, index);
      if (end === -1)
        return;
      index = end;
    } else if (char === "#") {
      let end = text.indexOf(`
`, index);
      index = end === -1 ? text.length : end;
    } else if (char === "(" || char === "[" || char === "{")
      open.push({ bracket: char, offset: index });
    else if (char in closing) {
      if (open.at(-1)?.bracket !== closing[char])
        return;
      open.pop();
    }
  }
  return open.at(-1);
}
function closingQuote(text, start) {
  let quote = text[start];
  for (let index = start + 1; index < text.length; index++)
    if (text[index] === "\\")
      index++;
    else {
      if (text[index] === quote)
        return index;
      if (text[index] === `
`)
        return -1;
    }
  return -1;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x.default : x;
}
var jsYaml = {}, loader = {}, common = {}, hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject > "u" || subject === null;
  }
  function isObject(subject) {
    return typeof subject == "object" && subject !== null;
  }
  function toArray(sequence) {
    return Array.isArray(sequence) ? sequence : isNothing(sequence) ? [] : [sequence];
  }
  function extend(target, source) {
    if (source) {
      let sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        let key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1)
      result += string;
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  return common.isNothing = isNothing, common.isObject = isObject, common.toArray = toArray, common.repeat = repeat, common.isNegativeZero = isNegativeZero, common.extend = extend, common;
}
var exception, hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "", message = exception2.reason || "(unknown reason)";
    return exception2.mark ? (exception2.mark.name && (where += 'in "' + exception2.mark.name + '" '), where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")", !compact && exception2.mark.snippet && (where += `

` + exception2.mark.snippet), message + " " + where) : message;
  }
  function YAMLException2(reason, mark) {
    Error.call(this), this.name = "YAMLException", this.reason = reason, this.mark = mark, this.message = formatError(this, !1), Error.captureStackTrace ? Error.captureStackTrace(this, this.constructor) : this.stack = new Error().stack || "";
  }
  return YAMLException2.prototype = Object.create(Error.prototype), YAMLException2.prototype.constructor = YAMLException2, YAMLException2.prototype.toString = function(compact) {
    return this.name + ": " + formatError(this, compact);
  }, exception = YAMLException2, exception;
}
var snippet, hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  let common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "", tail = "", maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    return position - lineStart > maxHalfLength && (head = " ... ", lineStart = position - maxHalfLength + head.length), lineEnd - position > maxHalfLength && (tail = " ...", lineEnd = position + maxHalfLength - tail.length), {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    if (options = Object.create(options || null), !mark.buffer) return null;
    options.maxLength || (options.maxLength = 79), typeof options.indent != "number" && (options.indent = 1), typeof options.linesBefore != "number" && (options.linesBefore = 3), typeof options.linesAfter != "number" && (options.linesAfter = 2);
    let re = /\r?\n|\r|\0/g, lineStarts = [0], lineEnds = [], match2, foundLineNo = -1;
    for (; match2 = re.exec(mark.buffer); )
      lineEnds.push(match2.index), lineStarts.push(match2.index + match2[0].length), mark.position <= match2.index && foundLineNo < 0 && (foundLineNo = lineStarts.length - 2);
    foundLineNo < 0 && (foundLineNo = lineStarts.length - 1);
    let result = "", lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length, maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore && !(foundLineNo - i < 0); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + `
` + result;
    }
    let line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + `
`, result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + `^
`;
    for (let i = 1; i <= options.linesAfter && !(foundLineNo + i >= lineEnds.length); i++) {
      let line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + `
`;
    }
    return result.replace(/\n$/, "");
  }
  return snippet = makeSnippet, snippet;
}
var type, hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  let YAMLException2 = requireException(), TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ], YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    let result = {};
    return map2 !== null && Object.keys(map2).forEach(function(style) {
      map2[style].forEach(function(alias) {
        result[String(alias)] = style;
      });
    }), result;
  }
  function Type2(tag, options) {
    if (options = options || {}, Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1)
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
    }), this.options = options, this.tag = tag, this.kind = options.kind || null, this.resolve = options.resolve || function() {
      return !0;
    }, this.construct = options.construct || function(data) {
      return data;
    }, this.instanceOf = options.instanceOf || null, this.predicate = options.predicate || null, this.represent = options.represent || null, this.representName = options.representName || null, this.defaultStyle = options.defaultStyle || null, this.multi = options.multi || !1, this.styleAliases = compileStyleAliases(options.styleAliases || null), YAML_NODE_KINDS.indexOf(this.kind) === -1)
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
  }
  return type = Type2, type;
}
var schema, hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  let YAMLException2 = requireException(), Type2 = requireType();
  function compileList(schema2, name) {
    let result = [];
    return schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi && (newIndex = previousIndex);
      }), result[newIndex] = currentType;
    }), result;
  }
  function compileMap() {
    let result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      type2.multi ? (result.multi[type2.kind].push(type2), result.multi.fallback.push(type2)) : result[type2.kind][type2.tag] = result.fallback[type2.tag] = type2;
    }
    for (let index = 0, length = arguments.length; index < length; index += 1)
      arguments[index].forEach(collectType);
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  return Schema2.prototype.extend = function(definition) {
    let implicit = [], explicit = [];
    if (definition instanceof Type2)
      explicit.push(definition);
    else if (Array.isArray(definition))
      explicit = explicit.concat(definition);
    else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit)))
      definition.implicit && (implicit = implicit.concat(definition.implicit)), definition.explicit && (explicit = explicit.concat(definition.explicit));
    else
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      if (type2.loadKind && type2.loadKind !== "scalar")
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      if (type2.multi)
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
    }), explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2))
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
    });
    let result = Object.create(Schema2.prototype);
    return result.implicit = (this.implicit || []).concat(implicit), result.explicit = (this.explicit || []).concat(explicit), result.compiledImplicit = compileList(result, "implicit"), result.compiledExplicit = compileList(result, "explicit"), result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit), result;
  }, schema = Schema2, schema;
}
var str, hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  let Type2 = requireType();
  return str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  }), str;
}
var seq, hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  let Type2 = requireType();
  return seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  }), seq;
}
var map, hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  let Type2 = requireType();
  return map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  }), map;
}
var failsafe, hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  let Schema2 = requireSchema();
  return failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  }), failsafe;
}
var _null, hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  let Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return !0;
    let max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  return _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  }), _null;
}
var bool, hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  let Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return !1;
    let max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  return bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  }), bool;
}
var int, hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  let common2 = requireCommon(), Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return !1;
    let max = data.length, index = 0, hasDigits = !1;
    if (!max) return !1;
    let ch = data[index];
    if ((ch === "-" || ch === "+") && (ch = data[++index]), ch === "0") {
      if (index + 1 === max) return !0;
      if (ch = data[++index], ch === "b") {
        for (index++; index < max; index++) {
          if (ch = data[index], ch !== "0" && ch !== "1") return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        for (index++; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        for (index++; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return !1;
          hasDigits = !0;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index)))
        return !1;
      hasDigits = !0;
    }
    return hasDigits ? isFinite(parseYamlInteger(data)) : !1;
  }
  function parseYamlInteger(data) {
    let value = data, sign = 1, ch = value[0];
    if ((ch === "-" || ch === "+") && (ch === "-" && (sign = -1), value = value.slice(1), ch = value[0]), value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && object % 1 === 0 && !common2.isNegativeZero(object);
  }
  return int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  }), int;
}
var float, hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  let common2 = requireCommon(), Type2 = requireType(), YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  ), YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    return data === null || !YAML_FLOAT_PATTERN.test(data) ? !1 : isFinite(parseFloat(data, 10)) ? !0 : YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase(), sign = value[0] === "-" ? -1 : 1;
    return "+-".indexOf(value[0]) >= 0 && (value = value.slice(1)), value === ".inf" ? sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY : value === ".nan" ? NaN : sign * parseFloat(value, 10);
  }
  let SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object))
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    else if (Number.POSITIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    else if (Number.NEGATIVE_INFINITY === object)
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    else if (common2.isNegativeZero(object))
      return "-0.0";
    let res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  return float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  }), float;
}
var json, hasRequiredJson;
function requireJson() {
  return hasRequiredJson || (hasRequiredJson = 1, json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  })), json;
}
var core, hasRequiredCore;
function requireCore() {
  return hasRequiredCore || (hasRequiredCore = 1, core = requireJson()), core;
}
var timestamp, hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  let Type2 = requireType(), YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  ), YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    return data === null ? !1 : YAML_DATE_REGEXP.exec(data) !== null || YAML_TIMESTAMP_REGEXP.exec(data) !== null;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0, delta = null, match2 = YAML_DATE_REGEXP.exec(data);
    if (match2 === null && (match2 = YAML_TIMESTAMP_REGEXP.exec(data)), match2 === null) throw new Error("Date resolve error");
    let year = +match2[1], month = +match2[2] - 1, day = +match2[3];
    if (!match2[4])
      return new Date(Date.UTC(year, month, day));
    let hour = +match2[4], minute = +match2[5], second = +match2[6];
    if (match2[7]) {
      for (fraction = match2[7].slice(0, 3); fraction.length < 3; )
        fraction += "0";
      fraction = +fraction;
    }
    if (match2[9]) {
      let tzHour = +match2[10], tzMinute = +(match2[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4, match2[9] === "-" && (delta = -delta);
    }
    let date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    return delta && date.setTime(date.getTime() - delta), date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  return timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  }), timestamp;
}
var merge, hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  let Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  return merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  }), merge;
}
var binary, hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  let Type2 = requireType(), BASE64_MAP = `ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=
\r`;
  function resolveYamlBinary(data) {
    if (data === null) return !1;
    let bitlen = 0, max = data.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      let code = map2.indexOf(data.charAt(idx));
      if (!(code > 64)) {
        if (code < 0) return !1;
        bitlen += 6;
      }
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    let input = data.replace(/[\r\n=]/g, ""), max = input.length, map2 = BASE64_MAP, bits = 0, result = [];
    for (let idx = 0; idx < max; idx++)
      idx % 4 === 0 && idx && (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)), bits = bits << 6 | map2.indexOf(input.charAt(idx));
    let tailbits = max % 4 * 6;
    return tailbits === 0 ? (result.push(bits >> 16 & 255), result.push(bits >> 8 & 255), result.push(bits & 255)) : tailbits === 18 ? (result.push(bits >> 10 & 255), result.push(bits >> 2 & 255)) : tailbits === 12 && result.push(bits >> 4 & 255), new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "", bits = 0, max = object.length, map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++)
      idx % 3 === 0 && idx && (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]), bits = (bits << 8) + object[idx];
    let tail = max % 3;
    return tail === 0 ? (result += map2[bits >> 18 & 63], result += map2[bits >> 12 & 63], result += map2[bits >> 6 & 63], result += map2[bits & 63]) : tail === 2 ? (result += map2[bits >> 10 & 63], result += map2[bits >> 4 & 63], result += map2[bits << 2 & 63], result += map2[64]) : tail === 1 && (result += map2[bits >> 2 & 63], result += map2[bits << 4 & 63], result += map2[64], result += map2[64]), result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  return binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  }), binary;
}
var omap, hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty, _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return !0;
    let objectKeys = {}, object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair2 = object[index], pairHasKey = !1;
      if (_toString.call(pair2) !== "[object Object]") return !1;
      let pairKey;
      for (pairKey in pair2)
        if (_hasOwnProperty.call(pair2, pairKey))
          if (!pairHasKey) pairHasKey = !0;
          else return !1;
      if (!pairHasKey || _hasOwnProperty.call(objectKeys, pairKey)) return !1;
      Object.defineProperty(objectKeys, pairKey, { value: !0 });
    }
    return !0;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  return omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  }), omap;
}
var pairs, hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  let Type2 = requireType(), _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return !0;
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair2 = object[index];
      if (_toString.call(pair2) !== "[object Object]") return !1;
      let keys = Object.keys(pair2);
      if (keys.length !== 1) return !1;
      result[index] = [keys[0], pair2[keys[0]]];
    }
    return !0;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    let object = data, result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      let pair2 = object[index], keys = Object.keys(pair2);
      result[index] = [keys[0], pair2[keys[0]]];
    }
    return result;
  }
  return pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  }), pairs;
}
var set, hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  let Type2 = requireType(), _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return !0;
    let object = data;
    for (let key in object)
      if (_hasOwnProperty.call(object, key) && object[key] !== null)
        return !1;
    return !0;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  return set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  }), set;
}
var _default, hasRequired_default;
function require_default() {
  return hasRequired_default || (hasRequired_default = 1, _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  })), _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), makeSnippet = requireSnippet(), DEFAULT_SCHEMA2 = require_default(), _hasOwnProperty = Object.prototype.hasOwnProperty, CONTEXT_FLOW_IN = 1, CONTEXT_FLOW_OUT = 2, CONTEXT_BLOCK_IN = 3, CONTEXT_BLOCK_OUT = 4, CHOMPING_CLIP = 1, CHOMPING_STRIP = 2, CHOMPING_KEEP = 3, PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/, PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/, PATTERN_FLOW_INDICATORS = /[,\[\]{}]/, PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/, PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57)
      return c - 48;
    let lc = c | 32;
    return lc >= 97 && lc <= 102 ? lc - 97 + 10 : -1;
  }
  function escapedHexLen(c) {
    return c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
  }
  function fromDecimalCode(c) {
    return c >= 48 && c <= 57 ? c - 48 : -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return `
`;
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    return c <= 65535 ? String.fromCharCode(c) : String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    key === "__proto__" ? Object.defineProperty(object, key, {
      configurable: !0,
      enumerable: !0,
      writable: !0,
      value
    }) : object[key] = value;
  }
  let simpleEscapeCheck = new Array(256), simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++)
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0, simpleEscapeMap[i] = simpleEscapeSequence(i);
  function State2(input, options) {
    this.input = input, this.filename = options.filename || null, this.schema = options.schema || DEFAULT_SCHEMA2, this.onWarning = options.onWarning || null, this.legacy = options.legacy || !1, this.json = options.json || !1, this.listener = options.listener || null, this.maxDepth = typeof options.maxDepth == "number" ? options.maxDepth : 100, this.maxTotalMergeKeys = typeof options.maxTotalMergeKeys == "number" ? options.maxTotalMergeKeys : 1e4, this.implicitTypes = this.schema.compiledImplicit, this.typeMap = this.schema.compiledTypeMap, this.length = input.length, this.position = 0, this.line = 0, this.lineStart = 0, this.lineIndent = 0, this.depth = 0, this.totalMergeKeys = 0, this.firstTabInLine = -1, this.documents = [], this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    let mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    return mark.snippet = makeSnippet(mark), new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    state.onWarning && state.onWarning.call(null, generateError(state, message));
  }
  function storeAnchor(state, name, value) {
    let transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      let transaction = transactions[transactions.length - 1];
      _hasOwnProperty.call(transaction, name) || (transaction[name] = {
        existed: _hasOwnProperty.call(state.anchorMap, name),
        value: state.anchorMap[name]
      });
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    let parent = transactions[transactions.length - 1], names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      let name = names[index];
      _hasOwnProperty.call(parent, name) || (parent[name] = transaction[name]);
    }
  }
  function rollbackAnchorTransaction(state) {
    let transaction = state.anchorMapTransactions.pop(), names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      let entry = transaction[names[index]];
      entry.existed ? state.anchorMap[names[index]] = entry.value : delete state.anchorMap[names[index]];
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position, state.line = snapshot.line, state.lineStart = snapshot.lineStart, state.lineIndent = snapshot.lineIndent, state.firstTabInLine = snapshot.firstTabInLine, state.tag = snapshot.tag, state.anchor = snapshot.anchor, state.kind = snapshot.kind, state.result = snapshot.result;
  }
  let directiveHandlers = {
    YAML: function(state, name, args) {
      state.version !== null && throwError(state, "duplication of %YAML directive"), args.length !== 1 && throwError(state, "YAML directive accepts exactly one argument");
      let match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      match2 === null && throwError(state, "ill-formed argument of the YAML directive");
      let major = parseInt(match2[1], 10), minor = parseInt(match2[2], 10);
      major !== 1 && throwError(state, "unacceptable YAML version of the document"), state.version = args[0], state.checkLineBreaks = minor < 2, minor !== 1 && minor !== 2 && throwWarning(state, "unsupported YAML version of the document");
    },
    TAG: function(state, name, args) {
      let prefix2;
      args.length !== 2 && throwError(state, "TAG directive accepts exactly two arguments");
      let handle = args[0];
      prefix2 = args[1], PATTERN_TAG_HANDLE.test(handle) || throwError(state, "ill-formed tag handle (first argument) of the TAG directive"), _hasOwnProperty.call(state.tagMap, handle) && throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle'), PATTERN_TAG_URI.test(prefix2) || throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      try {
        prefix2 = decodeURIComponent(prefix2);
      } catch {
        throwError(state, "tag prefix is malformed: " + prefix2);
      }
      state.tagMap[handle] = prefix2;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      let _result = state.input.slice(start, end);
      if (checkJson)
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          let _character = _result.charCodeAt(_position);
          _character === 9 || _character >= 32 && _character <= 1114111 || throwError(state, "expected valid JSON character");
        }
      else PATTERN_NON_PRINTABLE.test(_result) && throwError(state, "the stream contains non-printable characters");
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++, state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys && throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    common2.isObject(source) || throwError(state, "cannot merge mappings; the provided source object is unacceptable"), chargeMergeWork(state);
    let sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      let key = sourceKeys[index];
      chargeMergeWork(state), _hasOwnProperty.call(destination, key) || (setProperty(destination, key, source[key]), overridableKeys[key] = !0);
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1)
        Array.isArray(keyNode[index]) && throwError(state, "nested arrays are not supported inside keys"), typeof keyNode == "object" && _class(keyNode[index]) === "[object Object]" && (keyNode[index] = "[object Object]");
    }
    if (typeof keyNode == "object" && _class(keyNode) === "[object Object]" && (keyNode = "[object Object]"), keyNode = String(keyNode), _result === null && (_result = {}), keyTag === "tag:yaml.org,2002:merge")
      if (Array.isArray(valueNode)) {
        valueNode.length > 100 && throwError(state, "abnormal merge sequence size");
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1)
          mergeMappings(state, _result, valueNode[index], overridableKeys);
      } else
        mergeMappings(state, _result, valueNode, overridableKeys);
    else
      !state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode) && (state.line = startLine || state.line, state.lineStart = startLineStart || state.lineStart, state.position = startPos || state.position, throwError(state, "duplicated mapping key")), setProperty(_result, keyNode, valueNode), delete overridableKeys[keyNode];
    return _result;
  }
  function readLineBreak(state) {
    let ch = state.input.charCodeAt(state.position);
    ch === 10 ? state.position++ : ch === 13 ? (state.position++, state.input.charCodeAt(state.position) === 10 && state.position++) : throwError(state, "a line break is expected"), state.line += 1, state.lineStart = state.position, state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0, ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      for (; isWhiteSpace(ch); )
        ch === 9 && state.firstTabInLine === -1 && (state.firstTabInLine = state.position), ch = state.input.charCodeAt(++state.position);
      if (allowComments && ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (ch !== 10 && ch !== 13 && ch !== 0);
      if (isEol(ch))
        for (readLineBreak(state), ch = state.input.charCodeAt(state.position), lineBreaks++, state.lineIndent = 0; ch === 32; )
          state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      else
        break;
    }
    return checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent && throwWarning(state, "deficient indentation"), lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position, ch = state.input.charCodeAt(_position);
    return !!((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2) && (_position += 3, ch = state.input.charCodeAt(_position), ch === 0 || isWsOrEol(ch)));
  }
  function writeFoldedLines(state, count) {
    count === 1 ? state.result += " " : count > 1 && (state.result += common2.repeat(`
`, count - 1));
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart, captureEnd, hasPendingContent, _line, _lineStart, _lineIndent, _kind = state.kind, _result = state.result, ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96)
      return !1;
    if (ch === 63 || ch === 45) {
      let following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
        return !1;
    }
    for (state.kind = "scalar", state.result = "", captureStart = captureEnd = state.position, hasPendingContent = !1; ch !== 0; ) {
      if (ch === 58) {
        let following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following))
          break;
      } else if (ch === 35) {
        let preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding))
          break;
      } else {
        if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch))
          break;
        if (isEol(ch))
          if (_line = state.line, _lineStart = state.lineStart, _lineIndent = state.lineIndent, skipSeparationSpace(state, !1, -1), state.lineIndent >= nodeIndent) {
            hasPendingContent = !0, ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd, state.line = _line, state.lineStart = _lineStart, state.lineIndent = _lineIndent;
            break;
          }
      }
      hasPendingContent && (captureSegment(state, captureStart, captureEnd, !1), writeFoldedLines(state, state.line - _line), captureStart = captureEnd = state.position, hasPendingContent = !1), isWhiteSpace(ch) || (captureEnd = state.position + 1), ch = state.input.charCodeAt(++state.position);
    }
    return captureSegment(state, captureStart, captureEnd, !1), state.result ? !0 : (state.kind = _kind, state.result = _result, !1);
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, ch = state.input.charCodeAt(state.position);
    if (ch !== 39)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; )
      if (ch === 39)
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), ch === 39)
          captureStart = state.position, state.position++, captureEnd = state.position;
        else
          return !0;
      else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a single quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart, captureEnd, tmp, ch = state.input.charCodeAt(state.position);
    if (ch !== 34)
      return !1;
    for (state.kind = "scalar", state.result = "", state.position++, captureStart = captureEnd = state.position; (ch = state.input.charCodeAt(state.position)) !== 0; ) {
      if (ch === 34)
        return captureSegment(state, captureStart, state.position, !0), state.position++, !0;
      if (ch === 92) {
        if (captureSegment(state, captureStart, state.position, !0), ch = state.input.charCodeAt(++state.position), isEol(ch))
          skipSeparationSpace(state, !1, nodeIndent);
        else if (ch < 256 && simpleEscapeCheck[ch])
          state.result += simpleEscapeMap[ch], state.position++;
        else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp, hexResult = 0;
          for (; hexLength > 0; hexLength--)
            ch = state.input.charCodeAt(++state.position), (tmp = fromHexCode(ch)) >= 0 ? hexResult = (hexResult << 4) + tmp : throwError(state, "expected hexadecimal character");
          state.result += charFromCodepoint(hexResult), state.position++;
        } else
          throwError(state, "unknown escape sequence");
        captureStart = captureEnd = state.position;
      } else isEol(ch) ? (captureSegment(state, captureStart, captureEnd, !0), writeFoldedLines(state, skipSeparationSpace(state, !1, nodeIndent)), captureStart = captureEnd = state.position) : state.position === state.lineStart && testDocumentSeparator(state) ? throwError(state, "unexpected end of the document within a double quoted scalar") : (state.position++, isWhiteSpace(ch) || (captureEnd = state.position));
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = !0, _line, _lineStart, _pos, _tag = state.tag, _result, _anchor = state.anchor, terminator, isPair3, isExplicitPair, isMapping, overridableKeys = /* @__PURE__ */ Object.create(null), keyNode, keyTag, valueNode, ch = state.input.charCodeAt(state.position);
    if (ch === 91)
      terminator = 93, isMapping = !1, _result = [];
    else if (ch === 123)
      terminator = 125, isMapping = !0, _result = {};
    else
      return !1;
    for (state.anchor !== null && storeAnchor(state, state.anchor, _result), ch = state.input.charCodeAt(++state.position); ch !== 0; ) {
      if (skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === terminator)
        return state.position++, state.tag = _tag, state.anchor = _anchor, state.kind = isMapping ? "mapping" : "sequence", state.result = _result, !0;
      if (readNext ? ch === 44 && throwError(state, "expected the node content, but found ','") : throwError(state, "missed comma between flow collection entries"), keyTag = keyNode = valueNode = null, isPair3 = isExplicitPair = !1, ch === 63) {
        let following = state.input.charCodeAt(state.position + 1);
        isWsOrEol(following) && (isPair3 = isExplicitPair = !0, state.position++, skipSeparationSpace(state, !0, nodeIndent));
      }
      _line = state.line, _lineStart = state.lineStart, _pos = state.position, composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), keyTag = state.tag, keyNode = state.result, skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), (isExplicitPair || state.line === _line) && ch === 58 && (isPair3 = !0, ch = state.input.charCodeAt(++state.position), skipSeparationSpace(state, !0, nodeIndent), composeNode(state, nodeIndent, CONTEXT_FLOW_IN, !1, !0), valueNode = state.result), isMapping ? storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos) : isPair3 ? _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos)) : _result.push(keyNode), skipSeparationSpace(state, !0, nodeIndent), ch = state.input.charCodeAt(state.position), ch === 44 ? (readNext = !0, ch = state.input.charCodeAt(++state.position)) : readNext = !1;
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding, chomping = CHOMPING_CLIP, didReadContent = !1, detectedIndent = !1, textIndent = nodeIndent, emptyLines = 0, atMoreIndented = !1, tmp, ch = state.input.charCodeAt(state.position);
    if (ch === 124)
      folding = !1;
    else if (ch === 62)
      folding = !0;
    else
      return !1;
    for (state.kind = "scalar", state.result = ""; ch !== 0; )
      if (ch = state.input.charCodeAt(++state.position), ch === 43 || ch === 45)
        CHOMPING_CLIP === chomping ? chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP : throwError(state, "repeat of a chomping mode identifier");
      else if ((tmp = fromDecimalCode(ch)) >= 0)
        tmp === 0 ? throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one") : detectedIndent ? throwError(state, "repeat of an indentation width identifier") : (textIndent = nodeIndent + tmp - 1, detectedIndent = !0);
      else
        break;
    if (isWhiteSpace(ch)) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (isWhiteSpace(ch));
      if (ch === 35)
        do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
    }
    for (; ch !== 0; ) {
      for (readLineBreak(state), state.lineIndent = 0, ch = state.input.charCodeAt(state.position); (!detectedIndent || state.lineIndent < textIndent) && ch === 32; )
        state.lineIndent++, ch = state.input.charCodeAt(++state.position);
      if (!detectedIndent && state.lineIndent > textIndent && (textIndent = state.lineIndent), isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0 && throwError(state, "missing indentation for block scalar"), state.lineIndent < textIndent) {
        chomping === CHOMPING_KEEP ? state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines) : chomping === CHOMPING_CLIP && didReadContent && (state.result += `
`);
        break;
      }
      folding ? isWhiteSpace(ch) ? (atMoreIndented = !0, state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines)) : atMoreIndented ? (atMoreIndented = !1, state.result += common2.repeat(`
`, emptyLines + 1)) : emptyLines === 0 ? didReadContent && (state.result += " ") : state.result += common2.repeat(`
`, emptyLines) : state.result += common2.repeat(`
`, didReadContent ? 1 + emptyLines : emptyLines), didReadContent = !0, detectedIndent = !0, emptyLines = 0;
      let captureStart = state.position;
      for (; !isEol(ch) && ch !== 0; )
        ch = state.input.charCodeAt(++state.position);
      captureSegment(state, captureStart, state.position, !1);
    }
    return !0;
  }
  function readBlockSequence(state, nodeIndent) {
    let _tag = state.tag, _anchor = state.anchor, _result = [], detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0 && (state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation")), ch === 45); ) {
      let following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following))
        break;
      if (detected = !0, state.position++, skipSeparationSpace(state, !0, -1) && state.lineIndent <= nodeIndent) {
        _result.push(null), ch = state.input.charCodeAt(state.position);
        continue;
      }
      let _line = state.line;
      if (composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, !1, !0), _result.push(state.result), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a sequence entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return detected ? (state.tag = _tag, state.anchor = _anchor, state.kind = "sequence", state.result = _result, !0) : !1;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact, _keyLine, _keyLineStart, _keyPos, _tag = state.tag, _anchor = state.anchor, _result = {}, overridableKeys = /* @__PURE__ */ Object.create(null), keyTag = null, keyNode = null, valueNode = null, atExplicitKey = !1, detected = !1;
    if (state.firstTabInLine !== -1) return !1;
    state.anchor !== null && storeAnchor(state, state.anchor, _result);
    let ch = state.input.charCodeAt(state.position);
    for (; ch !== 0; ) {
      !atExplicitKey && state.firstTabInLine !== -1 && (state.position = state.firstTabInLine, throwError(state, "tab characters must not be used in indentation"));
      let following = state.input.charCodeAt(state.position + 1), _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following))
        ch === 63 ? (atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !0, allowCompact = !0) : atExplicitKey ? (atExplicitKey = !1, allowCompact = !0) : throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line"), state.position += 1, ch = following;
      else {
        if (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position, !composeNode(state, flowIndent, CONTEXT_FLOW_OUT, !1, !0))
          break;
        if (state.line === _line) {
          for (ch = state.input.charCodeAt(state.position); isWhiteSpace(ch); )
            ch = state.input.charCodeAt(++state.position);
          if (ch === 58)
            ch = state.input.charCodeAt(++state.position), isWsOrEol(ch) || throwError(state, "a whitespace character is expected after the key-value separator within a block mapping"), atExplicitKey && (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), detected = !0, atExplicitKey = !1, allowCompact = !1, keyTag = state.tag, keyNode = state.result;
          else if (detected)
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          else
            return state.tag = _tag, state.anchor = _anchor, !0;
        } else if (detected)
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        else
          return state.tag = _tag, state.anchor = _anchor, !0;
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && (atExplicitKey && (_keyLine = state.line, _keyLineStart = state.lineStart, _keyPos = state.position), composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, !0, allowCompact) && (atExplicitKey ? keyNode = state.result : valueNode = state.result), atExplicitKey || (storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos), keyTag = keyNode = valueNode = null), skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position)), (state.line === _line || state.lineIndent > nodeIndent) && ch !== 0)
        throwError(state, "bad indentation of a mapping entry");
      else if (state.lineIndent < nodeIndent)
        break;
    }
    return atExplicitKey && storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos), detected && (state.tag = _tag, state.anchor = _anchor, state.kind = "mapping", state.result = _result), detected;
  }
  function readTagProperty(state) {
    let isVerbatim = !1, isNamed = !1, tagHandle, tagName, ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return !1;
    state.tag !== null && throwError(state, "duplication of a tag property"), ch = state.input.charCodeAt(++state.position), ch === 60 ? (isVerbatim = !0, ch = state.input.charCodeAt(++state.position)) : ch === 33 ? (isNamed = !0, tagHandle = "!!", ch = state.input.charCodeAt(++state.position)) : tagHandle = "!";
    let _position = state.position;
    if (isVerbatim) {
      do
        ch = state.input.charCodeAt(++state.position);
      while (ch !== 0 && ch !== 62);
      state.position < state.length ? (tagName = state.input.slice(_position, state.position), ch = state.input.charCodeAt(++state.position)) : throwError(state, "unexpected end of the stream within a verbatim tag");
    } else {
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch === 33 && (isNamed ? throwError(state, "tag suffix cannot contain exclamation marks") : (tagHandle = state.input.slice(_position - 1, state.position + 1), PATTERN_TAG_HANDLE.test(tagHandle) || throwError(state, "named tag handle cannot contain such characters"), isNamed = !0, _position = state.position + 1)), ch = state.input.charCodeAt(++state.position);
      tagName = state.input.slice(_position, state.position), PATTERN_FLOW_INDICATORS.test(tagName) && throwError(state, "tag suffix cannot contain flow indicator characters");
    }
    tagName && !PATTERN_TAG_URI.test(tagName) && throwError(state, "tag name cannot contain such characters: " + tagName);
    try {
      tagName = decodeURIComponent(tagName);
    } catch {
      throwError(state, "tag name is malformed: " + tagName);
    }
    return isVerbatim ? state.tag = tagName : _hasOwnProperty.call(state.tagMap, tagHandle) ? state.tag = state.tagMap[tagHandle] + tagName : tagHandle === "!" ? state.tag = "!" + tagName : tagHandle === "!!" ? state.tag = "tag:yaml.org,2002:" + tagName : throwError(state, 'undeclared tag handle "' + tagHandle + '"'), !0;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return !1;
    state.anchor !== null && throwError(state, "duplication of an anchor property"), ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    return state.position === _position && throwError(state, "name of an anchor node must contain at least one character"), state.anchor = state.input.slice(_position, state.position), !0;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return !1;
    ch = state.input.charCodeAt(++state.position);
    let _position = state.position;
    for (; ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); )
      ch = state.input.charCodeAt(++state.position);
    state.position === _position && throwError(state, "name of an alias node must contain at least one character");
    let alias = state.input.slice(_position, state.position);
    return _hasOwnProperty.call(state.anchorMap, alias) || throwError(state, 'unidentified alias "' + alias + '"'), state.result = state.anchorMap[alias], skipSeparationSpace(state, !0, -1), !0;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    let fallbackState = snapshotState(state);
    return beginAnchorTransaction(state), restoreState(state, propertyStart), state.tag = null, state.anchor = null, state.kind = null, state.result = null, readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping" ? (commitAnchorTransaction(state), !0) : (rollbackAnchorTransaction(state), restoreState(state, fallbackState), !1);
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars, allowBlockCollections, indentStatus = 1, atNewLine = !1, hasContent = !1, propertyStart = null, type2, flowIndent, blockIndent;
    state.depth >= state.maxDepth && throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")"), state.depth += 1, state.listener !== null && state.listener("open", state), state.tag = null, state.anchor = null, state.kind = null, state.result = null;
    let allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek && skipSeparationSpace(state, !0, -1) && (atNewLine = !0, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)), indentStatus === 1)
      for (; ; ) {
        let ch = state.input.charCodeAt(state.position), propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null) || !readTagProperty(state) && !readAnchorProperty(state))
          break;
        propertyStart === null && (propertyStart = propertyState), skipSeparationSpace(state, !0, -1) ? (atNewLine = !0, allowBlockCollections = allowBlockStyles, state.lineIndent > parentIndent ? indentStatus = 1 : state.lineIndent === parentIndent ? indentStatus = 0 : state.lineIndent < parentIndent && (indentStatus = -1)) : allowBlockCollections = !1;
      }
    if (allowBlockCollections && (allowBlockCollections = atNewLine || allowCompact), indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext)
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext ? flowIndent = parentIndent : flowIndent = parentIndent + 1, blockIndent = state.position - state.lineStart, indentStatus === 1)
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent))
          hasContent = !0;
        else {
          let ch = state.input.charCodeAt(state.position);
          propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          ) || allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent) ? hasContent = !0 : readAlias(state) ? (hasContent = !0, (state.tag !== null || state.anchor !== null) && throwError(state, "alias node should not have any properties")) : readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext) && (hasContent = !0, state.tag === null && (state.tag = "?")), state.anchor !== null && storeAnchor(state, state.anchor, state.result);
        }
      else indentStatus === 0 && (hasContent = allowBlockCollections && readBlockSequence(state, blockIndent));
    if (state.tag === null)
      state.anchor !== null && storeAnchor(state, state.anchor, state.result);
    else if (state.tag === "?") {
      state.result !== null && state.kind !== "scalar" && throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1)
        if (type2 = state.implicitTypes[typeIndex], type2.resolve(state.result)) {
          state.result = type2.construct(state.result), state.tag = type2.tag, state.anchor !== null && storeAnchor(state, state.anchor, state.result);
          break;
        }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag))
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      else {
        type2 = null;
        let typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1)
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
      }
      type2 || throwError(state, "unknown tag !<" + state.tag + ">"), state.result !== null && type2.kind !== state.kind && throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"'), type2.resolve(state.result, state.tag) ? (state.result = type2.construct(state.result, state.tag), state.anchor !== null && storeAnchor(state, state.anchor, state.result)) : throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
    }
    return state.listener !== null && state.listener("close", state), state.depth -= 1, state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    let documentStart = state.position, hasDirectives = !1, ch;
    for (state.version = null, state.checkLineBreaks = state.legacy, state.tagMap = /* @__PURE__ */ Object.create(null), state.anchorMap = /* @__PURE__ */ Object.create(null); (ch = state.input.charCodeAt(state.position)) !== 0 && (skipSeparationSpace(state, !0, -1), ch = state.input.charCodeAt(state.position), !(state.lineIndent > 0 || ch !== 37)); ) {
      hasDirectives = !0, ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      for (; ch !== 0 && !isWsOrEol(ch); )
        ch = state.input.charCodeAt(++state.position);
      let directiveName = state.input.slice(_position, state.position), directiveArgs = [];
      for (directiveName.length < 1 && throwError(state, "directive name must not be less than one character in length"); ch !== 0; ) {
        for (; isWhiteSpace(ch); )
          ch = state.input.charCodeAt(++state.position);
        if (ch === 35) {
          do
            ch = state.input.charCodeAt(++state.position);
          while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        for (_position = state.position; ch !== 0 && !isWsOrEol(ch); )
          ch = state.input.charCodeAt(++state.position);
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      ch !== 0 && readLineBreak(state), _hasOwnProperty.call(directiveHandlers, directiveName) ? directiveHandlers[directiveName](state, directiveName, directiveArgs) : throwWarning(state, 'unknown document directive "' + directiveName + '"');
    }
    if (skipSeparationSpace(state, !0, -1), state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 ? (state.position += 3, skipSeparationSpace(state, !0, -1)) : hasDirectives && throwError(state, "directives end mark is expected"), composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, !1, !0), skipSeparationSpace(state, !0, -1), state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position)) && throwWarning(state, "non-ASCII line breaks are interpreted as content"), state.documents.push(state.result), state.position === state.lineStart && testDocumentSeparator(state)) {
      state.input.charCodeAt(state.position) === 46 && (state.position += 3, skipSeparationSpace(state, !0, -1));
      return;
    }
    state.position < state.length - 1 && throwError(state, "end of the stream or a document separator is expected");
  }
  function loadDocuments(input, options) {
    input = String(input), options = options || {}, input.length !== 0 && (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13 && (input += `
`), input.charCodeAt(0) === 65279 && (input = input.slice(1)));
    let state = new State2(input, options), nullpos = input.indexOf("\0");
    for (nullpos !== -1 && (state.position = nullpos, throwError(state, "null byte is not allowed in input")), state.input += "\0"; state.input.charCodeAt(state.position) === 32; )
      state.lineIndent += 1, state.position += 1;
    for (; state.position < state.length - 1; )
      readDocument(state);
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    iterator !== null && typeof iterator == "object" && typeof options > "u" && (options = iterator, iterator = null);
    let documents = loadDocuments(input, options);
    if (typeof iterator != "function")
      return documents;
    for (let index = 0, length = documents.length; index < length; index += 1)
      iterator(documents[index]);
  }
  function load2(input, options) {
    let documents = loadDocuments(input, options);
    if (documents.length !== 0) {
      if (documents.length === 1)
        return documents[0];
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
  }
  return loader.loadAll = loadAll2, loader.load = load2, loader;
}
var dumper = {}, hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  let common2 = requireCommon(), YAMLException2 = requireException(), DEFAULT_SCHEMA2 = require_default(), _toString = Object.prototype.toString, _hasOwnProperty = Object.prototype.hasOwnProperty, CHAR_BOM = 65279, CHAR_TAB = 9, CHAR_LINE_FEED = 10, CHAR_CARRIAGE_RETURN = 13, CHAR_SPACE = 32, CHAR_EXCLAMATION = 33, CHAR_DOUBLE_QUOTE = 34, CHAR_SHARP = 35, CHAR_PERCENT = 37, CHAR_AMPERSAND = 38, CHAR_SINGLE_QUOTE = 39, CHAR_ASTERISK = 42, CHAR_COMMA = 44, CHAR_MINUS = 45, CHAR_COLON = 58, CHAR_EQUALS = 61, CHAR_GREATER_THAN = 62, CHAR_QUESTION = 63, CHAR_COMMERCIAL_AT = 64, CHAR_LEFT_SQUARE_BRACKET = 91, CHAR_RIGHT_SQUARE_BRACKET = 93, CHAR_GRAVE_ACCENT = 96, CHAR_LEFT_CURLY_BRACKET = 123, CHAR_VERTICAL_LINE = 124, CHAR_RIGHT_CURLY_BRACKET = 125, ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0", ESCAPE_SEQUENCES[7] = "\\a", ESCAPE_SEQUENCES[8] = "\\b", ESCAPE_SEQUENCES[9] = "\\t", ESCAPE_SEQUENCES[10] = "\\n", ESCAPE_SEQUENCES[11] = "\\v", ESCAPE_SEQUENCES[12] = "\\f", ESCAPE_SEQUENCES[13] = "\\r", ESCAPE_SEQUENCES[27] = "\\e", ESCAPE_SEQUENCES[34] = '\\"', ESCAPE_SEQUENCES[92] = "\\\\", ESCAPE_SEQUENCES[133] = "\\N", ESCAPE_SEQUENCES[160] = "\\_", ESCAPE_SEQUENCES[8232] = "\\L", ESCAPE_SEQUENCES[8233] = "\\P";
  let DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ], DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    let result = {}, keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index], style = String(map2[tag]);
      tag.slice(0, 2) === "!!" && (tag = "tag:yaml.org,2002:" + tag.slice(2));
      let type2 = schema2.compiledTypeMap.fallback[tag];
      type2 && _hasOwnProperty.call(type2.styleAliases, style) && (style = type2.styleAliases[style]), result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle, length, string = character.toString(16).toUpperCase();
    if (character <= 255)
      handle = "x", length = 2;
    else if (character <= 65535)
      handle = "u", length = 4;
    else if (character <= 4294967295)
      handle = "U", length = 8;
    else
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  let QUOTING_TYPE_SINGLE = 1, QUOTING_TYPE_DOUBLE = 2;
  function State2(options) {
    this.schema = options.schema || DEFAULT_SCHEMA2, this.indent = Math.max(1, options.indent || 2), this.noArrayIndent = options.noArrayIndent || !1, this.skipInvalid = options.skipInvalid || !1, this.flowLevel = common2.isNothing(options.flowLevel) ? -1 : options.flowLevel, this.styleMap = compileStyleMap(this.schema, options.styles || null), this.sortKeys = options.sortKeys || !1, this.lineWidth = options.lineWidth || 80, this.noRefs = options.noRefs || !1, this.noCompatMode = options.noCompatMode || !1, this.condenseFlow = options.condenseFlow || !1, this.quotingType = options.quotingType === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE, this.forceQuotes = options.forceQuotes || !1, this.replacer = typeof options.replacer == "function" ? options.replacer : null, this.implicitTypes = this.schema.compiledImplicit, this.explicitTypes = this.schema.compiledExplicit, this.tag = null, this.result = "", this.duplicates = [], this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    let ind = common2.repeat(" ", spaces), position = 0, result = "", length = string.length;
    for (; position < length; ) {
      let line, next = string.indexOf(`
`, position);
      next === -1 ? (line = string.slice(position), position = length) : (line = string.slice(position, next + 1), position = next + 1), line.length && line !== `
` && (result += ind), result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return `
` + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1)
      if (state.implicitTypes[index].resolve(str2))
        return !0;
    return !1;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    let cIsNsCharOrWhitespace = isNsCharOrWhitespace(c), cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    let first = string.charCodeAt(pos), second;
    return first >= 55296 && first <= 56319 && pos + 1 < string.length && (second = string.charCodeAt(pos + 1), second >= 56320 && second <= 57343) ? (first - 55296) * 1024 + second - 56320 + 65536 : first;
  }
  function needIndentIndicator(string) {
    return /^\n* /.test(string);
  }
  let STYLE_PLAIN = 1, STYLE_SINGLE = 2, STYLE_LITERAL = 3, STYLE_FOLDED = 4, STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i, char = 0, prevChar = null, hasLineBreak = !1, hasFoldableLine = !1, shouldTrackWidth = lineWidth !== -1, previousLineBreak = -1, plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes)
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), !isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
    else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        if (char = codePointAt(string, i), char === CHAR_LINE_FEED)
          hasLineBreak = !0, shouldTrackWidth && (hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
          i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ", previousLineBreak = i);
        else if (!isPrintable(char))
          return STYLE_DOUBLE;
        plain = plain && isPlainSafe(char, prevChar, inblock), prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
    }
    return !hasLineBreak && !hasFoldableLine ? plain && !forceQuotes && !testAmbiguousType(string) ? STYLE_PLAIN : quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : indentPerLevel > 9 && needIndentIndicator(string) ? STYLE_DOUBLE : forceQuotes ? quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE : hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0)
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      if (!state.noCompatMode && (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)))
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
      let indent = state.indent * Math.max(1, level), lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent), singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    let indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "", clip = string[string.length - 1] === `
`, chomp = clip && (string[string.length - 2] === `
` || string === `
`) ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + `
`;
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === `
` ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    let lineRe = /(\n+)([^\n]*)/g, result = (function() {
      let nextLF = string.indexOf(`
`);
      return nextLF = nextLF !== -1 ? nextLF : string.length, lineRe.lastIndex = nextLF, foldLine(string.slice(0, nextLF), width);
    })(), prevMoreIndented = string[0] === `
` || string[0] === " ", moreIndented, match2;
    for (; match2 = lineRe.exec(string); ) {
      let prefix2 = match2[1], line = match2[2];
      moreIndented = line[0] === " ", result += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? `
` : "") + foldLine(line, width), prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    let breakRe = / [^ ]/g, match2, start = 0, end, curr = 0, next = 0, result = "";
    for (; match2 = breakRe.exec(line); )
      next = match2.index, next - start > width && (end = curr > start ? curr : next, result += `
` + line.slice(start, end), start = end + 1), curr = next;
    return result += `
`, line.length - start > width && curr > start ? result += line.slice(start, curr) + `
` + line.slice(curr + 1) : result += line.slice(start), result.slice(1);
  }
  function escapeString(string) {
    let result = "", char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      let escapeSeq = ESCAPE_SEQUENCES[char];
      !escapeSeq && isPrintable(char) ? (result += string[i], char >= 65536 && (result += string[i + 1])) : result += escapeSeq || encodeHex(char);
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level, value, !1, !1) || typeof value > "u" && writeNode(state, level, null, !1, !1)) && (_result !== "" && (_result += "," + (state.condenseFlow ? "" : " ")), _result += state.dump);
    }
    state.tag = _tag, state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "", _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      state.replacer && (value = state.replacer.call(object, String(index), value)), (writeNode(state, level + 1, value, !0, !0, !1, !0) || typeof value > "u" && writeNode(state, level + 1, null, !0, !0, !1, !0)) && ((!compact || _result !== "") && (_result += generateNextLine(state, level)), state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? _result += "-" : _result += "- ", _result += state.dump);
    }
    state.tag = _tag, state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      _result !== "" && (pairBuffer += ", "), state.condenseFlow && (pairBuffer += '"');
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), writeNode(state, level, objectKey, !1, !1) && (state.dump.length > 1024 && (pairBuffer += "? "), pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " "), writeNode(state, level, objectValue, !1, !1) && (pairBuffer += state.dump, _result += pairBuffer));
    }
    state.tag = _tag, state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "", _tag = state.tag, objectKeyList = Object.keys(object);
    if (state.sortKeys === !0)
      objectKeyList.sort();
    else if (typeof state.sortKeys == "function")
      objectKeyList.sort(state.sortKeys);
    else if (state.sortKeys)
      throw new YAMLException2("sortKeys must be a boolean or a function");
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      (!compact || _result !== "") && (pairBuffer += generateNextLine(state, level));
      let objectKey = objectKeyList[index], objectValue = object[objectKey];
      if (state.replacer && (objectValue = state.replacer.call(object, objectKey, objectValue)), !writeNode(state, level + 1, objectKey, !0, !0, !0))
        continue;
      let explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      explicitPair && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += "?" : pairBuffer += "? "), pairBuffer += state.dump, explicitPair && (pairBuffer += generateNextLine(state, level)), writeNode(state, level + 1, objectValue, !0, explicitPair) && (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0) ? pairBuffer += ":" : pairBuffer += ": ", pairBuffer += state.dump, _result += pairBuffer);
    }
    state.tag = _tag, state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    let typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      let type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object == "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit ? type2.multi && type2.representName ? state.tag = type2.representName(object) : state.tag = type2.tag : state.tag = "?", type2.represent) {
          let style = state.styleMap[type2.tag] || type2.defaultStyle, _result;
          if (_toString.call(type2.represent) === "[object Function]")
            _result = type2.represent(object, style);
          else if (_hasOwnProperty.call(type2.represent, style))
            _result = type2.represent[style](object, style);
          else
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          state.dump = _result;
        }
        return !0;
      }
    }
    return !1;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null, state.dump = object, detectType(state, object, !1) || detectType(state, object, !0);
    let type2 = _toString.call(state.dump), inblock = block;
    block && (block = state.flowLevel < 0 || state.flowLevel > level);
    let objectOrArray = type2 === "[object Object]" || type2 === "[object Array]", duplicateIndex, duplicate;
    if (objectOrArray && (duplicateIndex = state.duplicates.indexOf(object), duplicate = duplicateIndex !== -1), (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) && (compact = !1), duplicate && state.usedDuplicates[duplicateIndex])
      state.dump = "*ref_" + duplicateIndex;
    else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex] && (state.usedDuplicates[duplicateIndex] = !0), type2 === "[object Object]")
        block && Object.keys(state.dump).length !== 0 ? (writeBlockMapping(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowMapping(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object Array]")
        block && state.dump.length !== 0 ? (state.noArrayIndent && !isblockseq && level > 0 ? writeBlockSequence(state, level - 1, state.dump, compact) : writeBlockSequence(state, level, state.dump, compact), duplicate && (state.dump = "&ref_" + duplicateIndex + state.dump)) : (writeFlowSequence(state, level, state.dump), duplicate && (state.dump = "&ref_" + duplicateIndex + " " + state.dump));
      else if (type2 === "[object String]")
        state.tag !== "?" && writeScalar(state, state.dump, level, iskey, inblock);
      else {
        if (type2 === "[object Undefined]")
          return !1;
        if (state.skipInvalid) return !1;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        state.tag[0] === "!" ? tagStr = "!" + tagStr : tagStr.slice(0, 18) === "tag:yaml.org,2002:" ? tagStr = "!!" + tagStr.slice(18) : tagStr = "!<" + tagStr + ">", state.dump = tagStr + " " + state.dump;
      }
    }
    return !0;
  }
  function getDuplicateReferences(object, state) {
    let objects = [], duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    let length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1)
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object == "object") {
      let index = objects.indexOf(object);
      if (index !== -1)
        duplicatesIndexes.indexOf(index) === -1 && duplicatesIndexes.push(index);
      else if (objects.push(object), Array.isArray(object))
        for (let i = 0, length = object.length; i < length; i += 1)
          inspectNode(object[i], objects, duplicatesIndexes);
      else {
        let objectKeyList = Object.keys(object);
        for (let i = 0, length = objectKeyList.length; i < length; i += 1)
          inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    let state = new State2(options);
    state.noRefs || getDuplicateReferences(input, state);
    let value = input;
    return state.replacer && (value = state.replacer.call({ "": value }, "", value)), writeNode(state, 0, value, !0, !0) ? state.dump + `
` : "";
  }
  return dumper.dump = dump2, dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  let loader2 = requireLoader(), dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  return jsYaml.Type = requireType(), jsYaml.Schema = requireSchema(), jsYaml.FAILSAFE_SCHEMA = requireFailsafe(), jsYaml.JSON_SCHEMA = requireJson(), jsYaml.CORE_SCHEMA = requireCore(), jsYaml.DEFAULT_SCHEMA = require_default(), jsYaml.load = loader2.load, jsYaml.loadAll = loader2.loadAll, jsYaml.dump = dumper2.dump, jsYaml.YAMLException = requireException(), jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  }, jsYaml.safeLoad = renamed("safeLoad", "load"), jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll"), jsYaml.safeDump = renamed("safeDump", "dump"), jsYaml;
}
var jsYamlExports = requireJsYaml(), yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports), {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/source/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/source/json-duplicates.ts
var STRUCTURE = /["{}[\],]/g;
function findDuplicateJsonKey(text) {
  let stack = [];
  STRUCTURE.lastIndex = 0;
  for (let match2 = STRUCTURE.exec(text); match2; match2 = STRUCTURE.exec(text)) {
    let index = match2.index, top = stack[stack.length - 1];
    switch (text[index]) {
      case "{":
        stack.push({ keys: /* @__PURE__ */ new Set(), expectKey: !0 });
        break;
      case "[":
        stack.push({ keys: void 0, expectKey: !1 });
        break;
      case "}":
      case "]":
        stack.pop();
        break;
      case ",":
        top?.keys && (top.expectKey = !0);
        break;
      default: {
        let end = closingQuote2(text, index);
        if (STRUCTURE.lastIndex = end + 1, top?.keys && top.expectKey) {
          top.expectKey = !1;
          let raw = text.slice(index, end + 1), key = raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
          if (top.keys.has(key))
            return { key, start: index, end: end + 1 };
          top.keys.add(key);
        }
      }
    }
  }
}
function closingQuote2(text, start) {
  let quote = text.indexOf('"', start + 1);
  for (; quote !== -1; ) {
    let backslashes = 0;
    for (; text[quote - 1 - backslashes] === "\\"; )
      backslashes++;
    if (backslashes % 2 === 0)
      return quote;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length - 1;
}

// src/source/kubectl-scalars.ts
function resolveKubectlNumber(text) {
  let special = SPECIAL_FLOATS.get(text);
  if (special !== void 0)
    return special;
  let first = text.charCodeAt(0);
  if (first === DOT)
    return LEADING_DOT_FLOAT.test(text) ? Number(text) : void 0;
  if (!(first === PLUS || first === MINUS || first >= ZERO && first <= NINE))
    return;
  let plain = text.includes("_") ? text.replaceAll("_", "") : text, integer = GO_INTEGER.exec(plain);
  if (integer) {
    let [, sign = "", digits = ""] = integer, magnitude = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits), value = sign === "-" ? -magnitude : magnitude;
    if (value >= INT64_MIN && value <= INT64_MAX || sign === "" && value <= UINT64_MAX)
      return Number(value);
  }
  return GO_YAML_FLOAT.test(plain) ? Number(plain) : void 0;
}
var DOT = 46, PLUS = 43, MINUS = 45, ZERO = 48, NINE = 57, INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, UINT64_MAX = 2n ** 64n - 1n, GO_INTEGER = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/, GO_YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/, LEADING_DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/, SPECIAL_FLOATS = new Map([
  ...[".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"].map((key) => [key, 1 / 0]),
  ...["-.inf", "-.Inf", "-.INF"].map((key) => [key, -1 / 0]),
  ...[".nan", ".NaN", ".NAN"].map((key) => [key, NaN])
]), jsYamlTypes = yaml.types;
function jsYamlType(name) {
  let type2 = jsYamlTypes[name];
  if (!type2)
    throw new Error(`js-yaml has no "${name}" type`);
  return type2;
}
var KUBECTL_NUMBER_JS_YAML = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => typeof data == "string" && resolveKubectlNumber(data) !== void 0,
  construct: (data) => resolveKubectlNumber(data)
}), KUBECTL_JS_YAML_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [jsYamlType("null"), jsYamlType("bool"), KUBECTL_NUMBER_JS_YAML, jsYamlType("merge")],
  explicit: [jsYamlType("float")]
}), ResolverTest = class extends RegExp {
  constructor(accepts) {
    super("");
    this.accepts = accepts;
  }
  accepts;
  test(text) {
    return this.accepts(text);
  }
}, KUBECTL_NUMBER_TAG = {
  tag: "tag:yaml.org,2002:int",
  default: !0,
  // Only for reading: writing numbers stays with the schema's own tags.
  identify: () => !1,
  test: new ResolverTest((text) => resolveKubectlNumber(text) !== void 0),
  resolve: (text) => resolveKubectlNumber(text) ?? text
};
function kubectlYamlTags(tags) {
  return [KUBECTL_NUMBER_TAG, { ...KUBECTL_NUMBER_TAG, tag: "tag:yaml.org,2002:float" }, ...tags];
}

// src/source/parse.ts
var FAST_SCHEMA = KUBECTL_JS_YAML_SCHEMA, MAX_ALIAS_COUNT = 1e3;
function parseSourceFile(file) {
  if (file.encodingProblem) {
    let { message, offset } = file.encodingProblem;
    return {
      documents: [],
      problems: [{ code: "ENCODING", message, start: offset, end: offset + 1 }]
    };
  }
  let binary2 = file.text.indexOf("\0");
  if (binary2 !== -1)
    return {
      documents: [],
      problems: [
        {
          code: "BINARY",
          message: "This is a binary file (it contains NUL bytes), not YAML or JSON.",
          start: binary2,
          end: binary2 + 1
        }
      ]
    };
  if (file.isJson) {
    let json2 = parseJson(file.text);
    return json2.problems.length === 0 && (file.fastDocumentCount = json2.documents.length), json2;
  }
  let fast = hasAnchor(file.text) ? void 0 : parseYamlFast(file.text);
  fast && (file.fastDocumentCount = fast.documents.length);
  let result = fast ?? parseFull(file);
  return result.problems.length > 0 ? withTemplateHint(file.text, result) : result;
}
var ANCHOR = /(?:^|[\s:,[{-])&[^\s,[\]{}]+/m;
function hasAnchor(text) {
  return ANCHOR.test(text);
}
function parseJson(text) {
  try {
    let value = JSON.parse(text), duplicate = findDuplicateJsonKey(text);
    return duplicate ? {
      documents: [],
      problems: [
        {
          code: "DUPLICATE_KEY",
          message: `Map keys must be unique: "${duplicate.key}" is already a key of this object, and JSON readers keep only the last value.`,
          start: duplicate.start,
          end: duplicate.end
        }
      ]
    } : { documents: value === null ? [] : [{ ordinal: 0, value }], problems: [] };
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error), offset = jsonErrorOffset(text, message), comment = /^\s*\/[/*]/m.test(text) ? " JSON does not allow comments." : "";
    return {
      documents: [],
      problems: [
        {
          code: "JSON",
          message: `${message.replace(/\.?$/, ".")}${comment}`,
          start: offset,
          end: Math.min(text.length, offset + 1)
        }
      ]
    };
  }
}
function jsonErrorOffset(text, message) {
  let position = /at position (\d+)/.exec(message);
  if (position)
    return Number(position[1]);
  let lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let lines = text.split(`
`), line = Number(lineColumn[1]);
    return lines.slice(0, line - 1).reduce((sum, entry) => sum + entry.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return Math.max(0, text.length - 1);
}
var TEMPLATE_MARKER = /\{\{-?\s*[.$a-zA-Z(/-]/;
function withTemplateHint(text, result) {
  let marker = TEMPLATE_MARKER.exec(text);
  return marker ? {
    documents: result.documents,
    problems: [
      {
        code: "TEMPLATE",
        message: 'This looks like a Helm or Go template ({{ \u2026 }}), which is not YAML until rendered: render it with "helm template" first and lint the output.',
        start: marker.index,
        end: marker.index + 2
      }
    ]
  } : result;
}
function parseYamlFast(text) {
  let values = loadAllFast(text);
  if (!values)
    return;
  let documents = [];
  for (let value of values)
    value != null && documents.push({ ordinal: documents.length, value });
  return { documents, problems: [] };
}
function loadAllFast(text) {
  if (ANCHOR.test(text))
    return;
  let values = [];
  try {
    yaml.loadAll(text, (value) => values.push(value), { schema: FAST_SCHEMA });
  } catch {
    return;
  }
  if (!(COLLECTION_KEY.test(text) && values.some(hasStringifiedKey)))
    return values;
}
var COLLECTION_KEY = /\{\{|^[ \t-]*\?[ \t]|[}\]][ \t]*:/m;
function hasStringifiedKey(value) {
  return Array.isArray(value) ? value.some(hasStringifiedKey) : value === null || typeof value != "object" ? !1 : Object.entries(value).some(
    ([key, child]) => key === "[object Object]" || hasStringifiedKey(child)
  );
}
function isNullDocument(document) {
  let contents = document.contents;
  return contents === null || (0, import_yaml.isScalar)(contents) && contents.value === null;
}
function parseFull(file) {
  let documents = [], problems = [], ordinal = 0;
  for (let document of file.yaml().documents) {
    let isNull = document.errors.length === 0 && isNullDocument(document);
    if (document.errors.length > 0) {
      let error = document.errors[0];
      if (error) {
        let start = error.code === "MISSING_CHAR" ? unclosedQuoteStart(file.text, error.message, error.pos[0]) ?? error.pos[0] : error.pos[0];
        problems.push({
          code: error.code,
          message: cleanYamlMessage(error.message),
          start,
          end: start === error.pos[0] ? error.pos[1] : start + 1
        });
      }
      isNullDocument(document) || ordinal++;
      continue;
    }
    if (!isNull) {
      try {
        documents.push({ ordinal, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) });
      } catch (error) {
        problems.push(unreadableDocument(file, document, error));
      }
      ordinal++;
    }
  }
  return { documents, problems };
}
function unreadableDocument(file, document, error) {
  let message = error instanceof Error ? error.message : String(error), range3 = document.contents?.range ?? [0, 0];
  if (message.startsWith("Unresolved alias")) {
    let anchors = /* @__PURE__ */ new Set(), undefinedAlias;
    (0, import_yaml.visit)(document, (_key, node) => {
      if ((0, import_yaml.isAlias)(node)) {
        if (!anchors.has(node.source))
          return undefinedAlias = node, import_yaml.visit.BREAK;
      } else (0, import_yaml.isNode)(node) && node.anchor && anchors.add(node.anchor);
    });
    let at2 = undefinedAlias?.range?.[0] ?? range3[0], name = undefinedAlias?.source ?? message.replace(/^.*: /, "");
    return {
      code: "UNDEFINED_ALIAS",
      message: `Undefined alias *${name}: no anchor &${name} comes before it in this document.`,
      start: at2,
      end: at2 + 1 + name.length
    };
  }
  let alias = /\*[^\s,[\]{}]+/g;
  alias.lastIndex = range3[0];
  let at = alias.exec(file.text)?.index ?? range3[0];
  return {
    code: "ALIAS_COUNT",
    message: message.startsWith("Excessive alias count") ? 'The document expands too many aliases (a "billion laughs" document); scaleplan does not expand it.' : `The document cannot be read: ${message.replace(/\.?$/, ".")}`,
    start: at,
    end: at + 1
  };
}
function unclosedQuoteStart(text, message, errorOffset) {
  let quote = /closing (["'])/.exec(message)?.[1];
  if (!quote)
    return;
  let opener = new RegExp(`(?:^|[:\\-\\[{,?]\\s*|\\s)${quote}`, "gm"), from = 0;
  for (; from < errorOffset; ) {
    opener.lastIndex = from;
    let match2 = opener.exec(text);
    if (!match2 || match2.index >= errorOffset)
      return;
    let start = match2.index + match2[0].length - 1, close = closingQuote3(text, start, quote);
    if (close === void 0 || close >= errorOffset)
      return start;
    from = close + 1;
  }
}
function closingQuote3(text, start, quote) {
  for (let index = start + 1; index < text.length; index++) {
    let char = text[index];
    if (quote === '"' && char === "\\")
      index++;
    else if (char === quote)
      if (quote === "'" && text[index + 1] === "'")
        index++;
      else
        return index;
  }
}
function cleanYamlMessage(message) {
  if (message.includes("Maximum call stack size exceeded"))
    return "The document is nested too deeply to read.";
  let cleaned = message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "").trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}

// src/source/paths.ts
import fs from "node:fs";
import path from "node:path";
function displayPath(cwd, absolutePath) {
  let relative = path.relative(cwd, absolutePath);
  return (relative === "" ? "." : relative).split(path.sep).join("/");
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}
function repositoryRoot(specDirectory) {
  let start = realPath(specDirectory), current = start;
  for (; ; ) {
    if (fs.existsSync(path.join(current, ".git")))
      return current;
    let parent = path.dirname(current);
    if (parent === current)
      return start;
    current = parent;
  }
}
function realPath(target) {
  try {
    return fs.realpathSync(target);
  } catch {
    return path.resolve(target);
  }
}
function isWithin(parent, child) {
  let relative = path.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}

// src/source/event-locate.ts
var FAST_SCHEMA2 = KUBECTL_JS_YAML_SCHEMA;
function buildEventTree(text, start) {
  let bom = text.charCodeAt(0) === 65279 ? 1 : 0, documentText = bom ? text.slice(1) : text, offset = start + bom, stack = [{ start: 0, end: 0, kind: "root", result: void 0, children: [] }];
  try {
    yaml.load(documentText, {
      schema: FAST_SCHEMA2,
      listener(type2, state) {
        if (type2 === "open")
          stack.push({
            start: state.position,
            end: state.position,
            kind: "",
            result: void 0,
            children: []
          });
        else {
          let node = stack.pop(), parent = stack[stack.length - 1];
          if (!node || !parent)
            throw new Error("unbalanced parse events");
          if (node.end = Math.min(state.position, documentText.length), state.result === null && documentText.slice(node.start, node.end).trim() === "") {
            let start2 = node.start;
            for (; start2 > 0 && /\s/.test(documentText[start2 - 1] ?? ""); )
              start2--;
            node.start = start2, node.end = start2;
          }
          node.kind = state.kind ?? "null", node.result = state.result, parent.children.push(unwrap(node));
        }
      }
    });
  } catch {
    return;
  }
  let root = stack[0]?.children[0];
  if (!(!root || !consistent(root)))
    return { root, offset, text: documentText };
}
function unwrap(node) {
  let current = node;
  for (; current.children.length === 1; ) {
    let child = current.children[0];
    if (!Object.is(child.result, current.result))
      break;
    current = child;
  }
  return current;
}
function consistent(node) {
  if (Array.isArray(node.result)) {
    if (node.kind !== "sequence" || node.children.length !== node.result.length)
      return !1;
  } else if (typeof node.result == "object" && node.result !== null) {
    if (node.kind !== "mapping" || node.children.length !== Object.keys(node.result).length * 2)
      return !1;
  } else if (node.children.length > 0)
    return !1;
  return node.children.every(consistent);
}
var SKIPPABLE = /[ \t\r\n]/;
function contentStart(text, from, to) {
  let index = from;
  for (; index < to; ) {
    let char = text[index] ?? "";
    if (SKIPPABLE.test(char))
      index++;
    else if (char === "#" && (index === 0 || SKIPPABLE.test(text[index - 1] ?? " "))) {
      let lineEnd = text.indexOf(`
`, index);
      index = lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1;
    } else
      break;
  }
  return index;
}
function contentEnd(text, start, to) {
  let end = to;
  for (; ; ) {
    for (; end > start && SKIPPABLE.test(text[end - 1] ?? ""); )
      end--;
    let lineStart = text.lastIndexOf(`
`, end - 1) + 1, line = text.slice(Math.max(lineStart, start), end);
    if (lineStart > start && /^\s*#/.test(line)) {
      end = lineStart;
      continue;
    }
    return end;
  }
}
function keyMatches(key, segment) {
  return String(key.result) === String(segment);
}
function locateInEventTree(tree, path9, target) {
  let node = tree.root, key, depth = 0;
  for (let segment of path9) {
    let next, nextKey;
    if (node.kind === "mapping")
      for (let index = 0; index + 1 < node.children.length; index += 2) {
        let candidate = node.children[index];
        if (keyMatches(candidate, segment)) {
          nextKey = candidate, next = node.children[index + 1];
          break;
        }
      }
    else node.kind === "sequence" && typeof segment == "number" && (next = node.children[segment]);
    if (!next)
      break;
    node = next, key = nextKey, depth++;
  }
  let range3 = (target_) => {
    let start = contentStart(tree.text, target_.start, target_.end), end = Math.max(start + 1, contentEnd(tree.text, start, target_.end)), opener = tree.text[start], blockCollection = (target_.kind === "mapping" || target_.kind === "sequence") && opener !== "{" && opener !== "[", blockScalar = target_.kind === "scalar" && (opener === "|" || opener === ">");
    return (blockCollection && !endsEmpty(target_) || blockScalar) && (tree.text[end] === `
` ? end += 1 : tree.text[end] === "\r" && tree.text[end + 1] === `
` && (end += 2)), { start: start + tree.offset, end: end + tree.offset };
  };
  if (depth === path9.length)
    return range3(target === "key" && key ? key : node);
  let anchor = key ?? firstKey(node) ?? node;
  return { ...range3(anchor), approximate: !0 };
}
function endsEmpty(node) {
  let last = node;
  for (; last.children.length > 0; )
    last = last.children[last.children.length - 1];
  return last !== node && last.result === null && last.start === last.end;
}
function firstKey(node) {
  if (!(node.kind !== "mapping" || node.children.length === 0)) {
    for (let index = 0; index < node.children.length; index += 2)
      if (node.children[index].result === "name")
        return node.children[index];
    return node.children[0];
  }
}

// src/source/yaml-locate.ts
var import_yaml2 = __toESM(require_dist(), 1);
function walk(document, path9) {
  let root = document.contents;
  if (!root)
    return;
  let result = { node: root, depth: 0 };
  for (let segment of path9) {
    let node = result.node;
    if ((0, import_yaml2.isAlias)(node) && (node = node.resolve(document) ?? null), (0, import_yaml2.isMap)(node)) {
      let pair2 = node.items.find((item) => (0, import_yaml2.isPair)(item) && keyMatches2(item.key, segment));
      if (!pair2 || !isNode2(pair2.key))
        return result;
      result = { node: isNode2(pair2.value) ? pair2.value : pair2.key, key: pair2.key, depth: result.depth + 1 };
    } else if ((0, import_yaml2.isSeq)(node) && typeof segment == "number") {
      let item = node.items[segment];
      if (!isNode2(item))
        return result;
      result = { node: item, depth: result.depth + 1 };
    } else
      return result;
  }
  return result;
}
function isNode2(value) {
  return typeof value == "object" && value !== null && "range" in value;
}
function keyMatches2(key, segment) {
  return (0, import_yaml2.isScalar)(key) ? String(key.value) === String(segment) : !1;
}
function nodeRange(node) {
  let range3 = node.range ?? [0, 0, 0];
  return [range3[0], range3[1]];
}
function locateOffsets(document, path9, target = "value") {
  let found = walk(document, path9);
  if (!found)
    return;
  if (found.depth === path9.length) {
    let node = target === "key" && found.key ? found.key : found.node, [start2, end2] = nodeRange(node);
    return { start: start2, end: Math.max(end2, start2 + 1) };
  }
  let anchor = found.key ?? firstKey2(found.node) ?? found.node, [start, end] = nodeRange(anchor);
  return { start, end: Math.max(end, start + 1), approximate: !0 };
}
function firstKey2(node) {
  if (!(0, import_yaml2.isMap)(node))
    return;
  let pairs2 = node.items.filter(import_yaml2.isPair), preferred = pairs2.find((pair2) => keyMatches2(pair2.key, "name")) ?? pairs2[0];
  return preferred && isNode2(preferred.key) ? preferred.key : void 0;
}

// src/source/source-file.ts
var import_yaml3 = __toESM(require_dist(), 1), YAML_PARSE_OPTIONS = {
  customTags: kubectlYamlTags,
  prettyErrors: !1,
  uniqueKeys: !0,
  merge: !0,
  strict: !0,
  // The parse's own problems are read from document.errors and warnings; at the default
  // level `yaml` also prints some of them through process.emitWarning (a Helm template's
  // `{{ … }}` is a map used as a key: "Keys with collection values will be stringified"),
  // which would leak onto the stderr of every adapter.
  logLevel: "error"
}, SourceFile = class _SourceFile {
  constructor(path9, text, absolutePath) {
    this.path = path9;
    this.absolutePath = absolutePath;
    this.textValue = normalizeLineEnds(text);
  }
  path;
  absolutePath;
  yamlView;
  lineStarts;
  ignoreMentioned;
  nonNullDocuments;
  spans;
  spanDocuments = /* @__PURE__ */ new Map();
  eventTrees = /* @__PURE__ */ new Map();
  /** Documents the fast parse found (non-null ones); lets single documents be parsed alone. */
  fastDocumentCount;
  /** Why the bytes could not be read as text (invalid UTF-8), with the offset in `text`. */
  encodingProblem;
  /** A file read from disk: decoded by `decodeText`, keeping any encoding problem. */
  static fromBytes(path9, bytes, absolutePath) {
    let file = new _SourceFile(path9, "", absolutePath);
    return file.adoptBytes(bytes), file;
  }
  /**
   * A file whose text is read only when something needs it (positions, directives): the
   * lint cache holds its parse. `readBytes` returns the same bytes the parse was made from,
   * or throws; the encoding problem, if any, is then found again from them.
   */
  static deferred(path9, absolutePath, readBytes) {
    let file = new _SourceFile(path9, "", absolutePath);
    return file.pendingBytes = readBytes, file;
  }
  textValue;
  pendingBytes;
  /** The file's text (lone CRs made LF, see the constructor). */
  get text() {
    let read = this.pendingBytes;
    return read && (this.pendingBytes = void 0, this.adoptBytes(read())), this.textValue;
  }
  /** Whether the text has been read (a deferred file reads it on first use). */
  get textLoaded() {
    return this.pendingBytes === void 0;
  }
  adoptBytes(bytes) {
    let decoded = decodeText(bytes);
    if (this.textValue = normalizeLineEnds(decoded.text), decoded.problem) {
      let prefix2 = bytes.subarray(0, decoded.problem.byteOffset);
      this.encodingProblem = {
        message: decoded.problem.message,
        offset: new TextDecoder("utf-8").decode(prefix2).length
      };
    }
  }
  get isJson() {
    return this.path.endsWith(".json");
  }
  /** Whether the text mentions `scaleplan-ignore` at all (most files do not: skip the search). */
  get mentionsIgnoreDirective() {
    return this.ignoreMentioned ??= this.text.includes("scaleplan-ignore"), this.ignoreMentioned;
  }
  /**
   * The document with this ordinal (counting documents whose value is not null, as
   * ParsedDocument.ordinal does), parsed with positions. Only that document is parsed when
   * the file's document boundaries can be found from its markers alone: findings in one
   * document of a large file do not pay for the whole file.
   */
  documentByOrdinal(ordinal) {
    if (!this.yamlView) {
      let spans = this.contentSpans();
      if (spans) {
        let span = spans[ordinal];
        if (!span)
          return;
        let document = this.spanDocuments.get(ordinal);
        return document || (document = parseSpan(this.text, span), this.spanDocuments.set(ordinal, document)), document;
      }
    }
    return this.nonNullDocuments ??= this.yaml().documents.filter(
      (document) => !isNullYamlDocument(document)
    ), this.nonNullDocuments[ordinal];
  }
  /**
   * The document that holds `offset`, parsed with positions: only that document when the
   * file's document boundaries can be found from its markers alone (see documentByOrdinal).
   */
  documentAt(offset) {
    if (!this.yamlView) {
      let spans = this.contentSpans();
      if (spans) {
        let ordinal = spans.findIndex((span) => span.start <= offset && offset < span.end);
        return ordinal === -1 ? void 0 : this.documentByOrdinal(ordinal);
      }
    }
    return this.yaml().documents.find(
      (document) => document.range[0] <= offset && offset <= document.range[2]
    );
  }
  /**
   * Where a field of a document is (see locateInDocument): from js-yaml's parse events when
   * the document can be cut out alone, else from the `yaml` Document.
   */
  locateField(ordinal, path9, target) {
    if (!this.yamlView) {
      let span = this.contentSpans()?.[ordinal];
      if (span) {
        let tree = this.eventTrees.get(ordinal);
        if (tree === void 0 && (tree = buildEventTree(this.text.slice(span.start, span.end), span.start) ?? null, this.eventTrees.set(ordinal, tree)), tree) {
          let range3 = locateInEventTree(tree, path9, target);
          return range3 ? { file: this, ...range3 } : void 0;
        }
      }
    }
    let document = this.documentByOrdinal(ordinal);
    if (!document)
      return;
    let offsets = locateOffsets(document, path9, target);
    return offsets ? { file: this, ...offsets } : void 0;
  }
  /** The first content line of the document that holds `offset` (directives above it apply). */
  documentStartLine(offset) {
    for (let span of rawSpans(this.text))
      if (span.start <= offset && offset < span.end) {
        let content = firstContentOffset(this.text, span);
        return content === void 0 ? void 0 : this.position(content).line;
      }
  }
  /**
   * Spans of the non-null documents, when the document markers give them reliably: the
   * count must equal what the fast parse found (set by the parser), else undefined.
   */
  contentSpans() {
    if (this.spans === void 0) {
      let spans = rawSpans(this.text).filter(
        (span) => firstContentOffset(this.text, span) !== void 0
      );
      this.spans = this.fastDocumentCount !== void 0 && spans.length === this.fastDocumentCount ? spans : null;
    }
    return this.spans ?? void 0;
  }
  yaml() {
    if (!this.yamlView) {
      let lineCounter = new import_yaml3.LineCounter(), documents = (0, import_yaml3.parseAllDocuments)(this.text, { ...YAML_PARSE_OPTIONS, lineCounter });
      this.yamlView = {
        documents: Array.isArray(documents) ? documents : [],
        lineCounter
      };
    }
    return this.yamlView;
  }
  /** Offset → 1-based position. Works without the YAML parse (plain text scan, cached). */
  position(offset) {
    let starts = this.getLineStarts(), clamped = Math.max(0, Math.min(offset, this.text.length)), low = 0, high = starts.length - 1;
    for (; low < high; ) {
      let mid = low + high + 1 >> 1;
      (starts[mid] ?? 0) <= clamped ? low = mid : high = mid - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] ?? 0) + 1 };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    let starts = this.getLineStarts(), start = starts[line - 1];
    if (start === void 0)
      return "";
    let next = starts[line], end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  get lineCount() {
    return this.getLineStarts().length;
  }
  getLineStarts() {
    if (!this.lineStarts) {
      let starts = [0], index = this.text.indexOf(`
`);
      for (; index !== -1; )
        starts.push(index + 1), index = this.text.indexOf(`
`, index + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
};
function normalizeLineEnds(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, `
`) : text;
}
var UTF8_DECODER = new TextDecoder("utf-8", { fatal: !0 });
function decodeText(bytes) {
  if ((bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255 ? -1 : bytes.subarray(0, 8192).indexOf(0)) !== -1)
    return {
      text: "",
      problem: {
        message: "This is a binary file (it contains NUL bytes), not YAML or JSON.",
        byteOffset: 0
      }
    };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  let body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  try {
    return { text: UTF8_DECODER.decode(body) };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(body),
      problem: { message: "The file is not valid UTF-8 text.", byteOffset: firstInvalidUtf8(body) }
    };
  }
}
function firstInvalidUtf8(bytes) {
  let index = 0;
  for (; index < bytes.length; ) {
    let byte = bytes[index] ?? 0, length = byte < 128 ? 1 : byte >> 5 === 6 ? 2 : byte >> 4 === 14 ? 3 : byte >> 3 === 30 ? 4 : 0;
    if (length === 0)
      return index;
    for (let next = 1; next < length; next++)
      if (((bytes[index + next] ?? 0) & 192) !== 128)
        return index;
    index += length;
  }
  return 0;
}
var MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function rawSpans(text) {
  let spans = [], start = 0;
  for (let match2 of text.matchAll(MARKER)) {
    let index = match2.index ?? 0;
    if (match2[1] === "---")
      index > start && spans.push({ start, end: index }), start = index;
    else {
      let lineEnd = text.indexOf(`
`, index), end = lineEnd === -1 ? text.length : lineEnd + 1;
      spans.push({ start, end }), start = end;
    }
  }
  return start < text.length && spans.push({ start, end: text.length }), spans;
}
var NULL_SCALARS = /* @__PURE__ */ new Set(["~", "null", "Null", "NULL"]);
function firstContentOffset(text, span) {
  let offset = span.start, content, contentText = "";
  for (; offset < span.end; ) {
    let lineEnd = text.indexOf(`
`, offset), end = lineEnd === -1 || lineEnd >= span.end ? span.end : lineEnd + 1, line = text.slice(offset, end), lineOffset = offset, marker = /^(---|\.\.\.)(?=[ \t\r\n]|$)[ \t]*/.exec(line);
    marker && (line = line.slice(marker[0].length), lineOffset += marker[0].length);
    let trimmed = line.trim();
    if (trimmed !== "" && !trimmed.startsWith("#") && !(offset === lineOffset && trimmed.startsWith("%")) && (content ??= lineOffset + (line.length - line.trimStart().length), contentText += `${trimmed.replace(/\s+#.*$/, "")}
`, contentText.length > 8))
      return content;
    offset = end;
  }
  return content === void 0 || NULL_SCALARS.has(contentText.trim()) ? void 0 : content;
}
function parseSpan(text, span) {
  let document = (0, import_yaml3.parseDocument)(
    text.slice(span.start, span.end),
    YAML_PARSE_OPTIONS
  ), shift = (range3) => {
    range3 && (range3[0] += span.start, range3[1] += span.start, range3[2] += span.start);
  };
  (0, import_yaml3.visit)(document, {
    Node(_key, node) {
      shift(node.range);
    }
  }), shift(document.range);
  for (let problem of [...document.errors, ...document.warnings])
    problem.pos[0] += span.start, problem.pos[1] += span.start;
  return document;
}
function isNullYamlDocument(document) {
  let contents = document.contents;
  return contents === null || (0, import_yaml3.isScalar)(contents) && contents.value === null;
}

// src/load/kustomize/render.ts
import { spawnSync } from "node:child_process";
import fs3 from "node:fs";
import os from "node:os";
import path3 from "node:path";

// src/load/kustomize/kustomization.ts
var import_yaml4 = __toESM(require_dist(), 1);
import fs2 from "node:fs";
import path2 from "node:path";
var KUSTOMIZATION_FILES = [
  "kustomization.yaml",
  "kustomization.yml",
  "Kustomization"
];
function kustomizationFileIn(directory) {
  for (let name of KUSTOMIZATION_FILES) {
    let candidate = path2.join(directory, name);
    try {
      if (fs2.statSync(candidate).isFile())
        return candidate;
    } catch {
    }
  }
}
var SourceCache = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  files = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  file(absolutePath) {
    let file = this.files.get(absolutePath);
    if (file === void 0) {
      try {
        file = SourceFile.fromBytes(
          displayPath(this.cwd, absolutePath),
          fs2.readFileSync(absolutePath),
          absolutePath
        );
      } catch {
        file = null;
      }
      this.files.set(absolutePath, file);
    }
    return file ?? void 0;
  }
  /** The file's documents (fast parse); empty when it cannot be read or parsed. */
  documents(absolutePath) {
    let documents = this.parsed.get(absolutePath);
    if (!documents) {
      let file = this.file(absolutePath);
      documents = file ? parseSourceFile(file).documents : [], this.parsed.set(absolutePath, documents);
    }
    return documents;
  }
};
function readKustomization(directory, sources) {
  let filePath = kustomizationFileIn(directory), file = filePath === void 0 ? void 0 : sources.file(filePath);
  if (!file)
    return;
  let fast = file.encodingProblem ? void 0 : loadAllFast(file.text), parsed = !1, usable, positional = () => {
    if (!parsed) {
      parsed = !0;
      let document = file.yaml().documents[0];
      usable = document !== void 0 && document.errors.length === 0 ? document : void 0;
    }
    return usable;
  }, value = fast ? fast[0] : fieldsFromDocument(positional()), valueIsMap = typeof value == "object" && value !== null && !Array.isArray(value), fields = valueIsMap ? value : {};
  return {
    directory,
    file,
    get document() {
      return positional();
    },
    fields,
    isMap: valueIsMap,
    isComponent: fields.kind === "Component"
  };
}
function fieldsFromDocument(document) {
  if (!(!document || !(0, import_yaml4.isMap)(document.contents)))
    try {
      return document.toJS({ maxAliasCount: 1e3 });
    } catch {
      return;
    }
}
function kustomizationNode(kustomization, fieldPath) {
  let node = kustomization.document?.getIn(fieldPath, !0);
  return typeof node == "object" && node !== null && "range" in node ? node : void 0;
}
var REFERENCE_FIELDS = ["resources", "bases", "components"];
function localReferences(kustomization) {
  let references = [];
  for (let field of REFERENCE_FIELDS) {
    let entries = kustomization.fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => {
      if (typeof entry != "string" || entry.trim() === "")
        return;
      let absolutePath = path2.resolve(kustomization.directory, entry.trim()), stat;
      try {
        stat = fs2.statSync(absolutePath);
      } catch {
        return;
      }
      references.push({ field, index, absolutePath, isDirectory: stat.isDirectory() });
    });
  }
  return references;
}

// src/load/kustomize/render.ts
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin", TRANSFORMATIONS_ANNOTATION = "alpha.config.kubernetes.io/transformations";
function pathDirectories(env) {
  return (env.PATH ?? "").split(path3.delimiter).filter(Boolean);
}
function onPath(command, env) {
  return pathDirectories(env).some((directory) => {
    try {
      let candidate = path3.join(directory, command);
      return fs3.accessSync(candidate, fs3.constants.X_OK), fs3.statSync(candidate).isFile();
    } catch {
      return !1;
    }
  });
}
function findRenderer(env) {
  if (onPath("kubectl", env))
    return {
      command: "kubectl",
      args: (directory) => ["kustomize", directory],
      description: "kubectl kustomize"
    };
  if (onPath("kustomize", env))
    return {
      command: "kustomize",
      args: (directory) => ["build", directory],
      description: "kustomize build"
    };
}
function requireRenderer(env, directory) {
  let renderer = findRenderer(env);
  if (!renderer)
    throw new ScaleplanError(
      "KUSTOMIZE_UNAVAILABLE",
      `${directory} is a Kustomize directory, but neither kubectl nor kustomize is on PATH. Install kubectl (which bundles Kustomize) or kustomize, or lint rendered output with "kustomize build ${directory} | scaleplan lint -".`,
      { file: directory }
    );
  return renderer;
}
var DEFAULT_RENDER_BOUNDS = { timeoutSeconds: 120, memoryMiB: 4096 }, BOUND_VARIABLES = {
  timeoutSeconds: "SCALEPLAN_RENDER_TIMEOUT",
  memoryMiB: "SCALEPLAN_RENDER_MEMORY"
};
function renderBounds(env, configured = {}) {
  let bounds = { ...DEFAULT_RENDER_BOUNDS, ...configured };
  for (let key of Object.keys(BOUND_VARIABLES)) {
    let variable = BOUND_VARIABLES[key], raw = env[variable];
    if (raw === void 0 || raw.trim() === "")
      continue;
    let value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new ScaleplanError(
        "USAGE",
        `${variable} must be a positive number of ${key === "timeoutSeconds" ? "seconds" : "MiB"}, not ${JSON.stringify(raw)}.`
      );
    bounds[key] = value;
  }
  return bounds;
}
function boundedCommand(renderer, directory, memoryMiB) {
  return os.platform() === "win32" || !fs3.existsSync("/bin/sh") ? { command: renderer.command, args: renderer.args(directory) } : {
    command: "/bin/sh",
    args: [
      "-c",
      'ulimit -v "$0" 2>/dev/null; exec "$@"',
      String(Math.max(1, Math.floor(memoryMiB * 1024))),
      renderer.command,
      ...renderer.args(directory)
    ]
  };
}
var OUT_OF_MEMORY = /fatal error: (?:runtime: )?out of memory|runtime: out of memory|failed to reserve page summary memory|runtime: cannot allocate memory|cannot allocate memory/;
function spawnRenderer(renderer, directory, env, cwd, configured, shownDirectory = directory) {
  let bounds = renderBounds(env, configured), { command, args } = boundedCommand(renderer, directory, bounds.memoryMiB), result = spawnSync(command, args, {
    encoding: "utf8",
    env,
    cwd,
    maxBuffer: 512 * 1024 * 1024,
    timeout: bounds.timeoutSeconds * 1e3,
    // A Go renderer stuck on a silent remote base ignores SIGTERM while it dials.
    killSignal: "SIGKILL"
  }), shown = `${renderer.description} ${displayPath(cwd, shownDirectory)}`;
  if (result.error?.code === "ETIMEDOUT")
    throw new ScaleplanError(
      "KUSTOMIZE_BOUNDED",
      `${shown} did not finish within ${bounds.timeoutSeconds} s and was stopped (a remote base that never answers, or a very large build); raise limits.renderTimeoutSeconds in .scaleplan.yaml (or SCALEPLAN_RENDER_TIMEOUT) if the build is legitimately slow.`
    );
  if (result.error)
    throw new ScaleplanError(
      "KUSTOMIZE_FAILED",
      `${shown} could not run: ${result.error.message}`,
      void 0,
      { cause: result.error }
    );
  if (result.status !== 0 && OUT_OF_MEMORY.test(result.stderr ?? ""))
    throw new ScaleplanError(
      "KUSTOMIZE_BOUNDED",
      `${shown} ran out of its ${bounds.memoryMiB} MiB memory bound and was stopped (an alias bomb, a huge remote base or chart, or a very large build); raise limits.renderMemoryMiB in .scaleplan.yaml (or SCALEPLAN_RENDER_MEMORY) if the build is legitimately large.`
    );
  return {
    ok: result.status === 0,
    stdout: result.stdout,
    message: cleanRendererMessage(result.stderr || result.stdout || "", cwd)
  };
}
function cleanRendererMessage(output, cwd) {
  let message = output.trim(), klog = /^[EWIF]\d{4} [\d:.]+\s+\d+ [^\]]+\] "command failed" err=(?:"((?:[^"\\]|\\.)*)"|<\n([\s\S]*?)\n\s*>)/m.exec(
    message
  );
  if (klog)
    if (klog[1] !== void 0)
      try {
        message = JSON.parse(`"${klog[1]}"`);
      } catch {
        message = klog[1];
      }
    else
      message = (klog[2] ?? "").replace(/^\t/gm, "");
  message = message.split(`
`).filter((line) => !/^# Warning: /.test(line)).join(`
`).replace(/^Error: /, "").trim();
  let prefix2 = `${path3.resolve(cwd)}${path3.sep}`;
  return message.split(prefix2).join("");
}
function runRenderer(renderer, directory, env, cwd, bounds = {}) {
  let outcome = spawnRenderer(renderer, directory, env, cwd, bounds);
  if (!outcome.ok)
    throw renderFailure(renderer, directory, cwd, outcome.message);
  return outcome.stdout;
}
function renderFailure(renderer, directory, cwd, message) {
  return new ScaleplanError(
    "KUSTOMIZE_FAILED",
    `${renderer.description} ${displayPath(cwd, directory)} failed: ${message || "no message (exit status non-zero)"}`,
    { file: displayPath(cwd, kustomizationFileIn(directory) ?? directory) }
  );
}
function renderWithOrigins(directory, env, cwd, bounds = {}) {
  let renderer = requireRenderer(env, displayPath(cwd, directory)), wrapper = fs3.mkdtempSync(path3.join(os.tmpdir(), "scaleplan-kustomize-"));
  try {
    let relative = path3.relative(wrapper, directory).split(path3.sep).join("/");
    fs3.writeFileSync(
      path3.join(wrapper, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ${JSON.stringify(relative)}
buildMetadata: [originAnnotations]
`
    );
    let outcome = spawnRenderer(renderer, wrapper, env, cwd, bounds, directory);
    if (outcome.ok)
      return { text: outcome.stdout, originBase: wrapper };
  } finally {
    fs3.rmSync(wrapper, { recursive: !0, force: !0 });
  }
  let direct = spawnRenderer(renderer, directory, env, cwd, bounds);
  throw renderFailure(
    renderer,
    directory,
    cwd,
    direct.ok ? "the build with origin annotations failed" : direct.message
  );
}
function parseOrigin(value, originBase) {
  if (!value)
    return;
  let field = (name) => new RegExp(`^${name}:\\s*(.+)$`, "m").exec(value)?.[1]?.trim().replace(/^["']|["']$/g, ""), origin = {}, repository = field("repo");
  repository && (origin.repository = repository);
  let file = field("path");
  file && !repository && (origin.file = path3.resolve(originBase, file));
  let configuredIn = field("configuredIn");
  configuredIn && !repository && (origin.configuredIn = path3.resolve(originBase, configuredIn));
  let generator = /configuredBy:[\s\S]*?kind:\s*(\S+)/.exec(value)?.[1];
  return generator && (origin.generator = generator), origin;
}

// src/shared/schema-wording.ts
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function valueAt(root, path9) {
  let current = root;
  for (let segment of path9) {
    if (typeof current != "object" || current === null)
      return;
    current = current[String(segment)];
  }
  return current;
}
var TYPE_NAMES2 = {
  string: "a string",
  array: "a list",
  object: "a map",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "empty"
};
function describeType(type2) {
  return TYPE_NAMES2[type2] ?? type2;
}
function describeValue(value) {
  return value == null ? "empty" : typeof value == "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value) : typeof value == "object" ? Array.isArray(value) ? "a list" : "a map" : String(value);
}
function fieldName(path9) {
  if (path9.length > 12) {
    let tail = fieldName(path9.slice(-4));
    return `${fieldName(path9.slice(0, 4))}.\u2026${tail.startsWith("[") ? "" : "."}${tail}`;
  }
  let name = "";
  for (let segment of path9)
    typeof segment == "number" ? name += `[${segment}]` : /^[A-Za-z_$][\w$-]*$/.test(segment) ? name += name === "" ? segment : `.${segment}` : name += `[${JSON.stringify(segment)}]`;
  return name === "" ? "(the object)" : name;
}
function didYouMean(suggestion) {
  return suggestion ? `; did you mean "${suggestion}"?` : ".";
}
function unknownKey(key, where, known, noun = "key") {
  let list = known.length > 0 ? ` Known ${noun}s: ${known.join(", ")}.` : "";
  return `Unknown ${noun} "${key}" ${where}${didYouMean(closestMatch(key, known))}${list}`;
}
function cleanYamlMessage2(message) {
  if (message.includes("Maximum call stack size exceeded"))
    return "it is nested too deeply to read (a file needs a few levels, not thousands).";
  let cleaned = (message.split(`
`)[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
  return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
}

// src/source/scalar-offsets.ts
function locateInScalar(scalar, value, from, to) {
  let offsets = alignScalar(scalar.file.text.slice(scalar.start, scalar.end), value);
  if (!offsets)
    return;
  let mapped = (index) => {
    let offset = offsets[index];
    return offset === void 0 || offset < 0 ? void 0 : scalar.start + offset;
  }, start = Math.max(0, Math.min(from, value.length)), end = Math.max(start, Math.min(to, value.length)), first, last;
  for (let index = start; index < end; index++)
    mapped(index) !== void 0 && (first ??= index, last = index);
  if (first !== void 0 && last !== void 0)
    return range(scalar, mapped(first) ?? 0, (mapped(last) ?? 0) + 1);
  for (let index = start; index < value.length; index++) {
    let offset = mapped(index);
    if (offset !== void 0)
      return range(scalar, offset, offset + 1);
  }
  for (let index = start - 1; index >= 0; index--) {
    let offset = mapped(index);
    if (offset !== void 0)
      return range(scalar, offset + 1, offset + 2);
  }
}
function range(scalar, start, end) {
  return { file: scalar.file, start, end };
}
var BLANK = /[ \t\r\n]/, BLANK_ESCAPES = { n: `
`, t: "	", " ": " ", "	": "	" };
function alignScalar(source, value) {
  let style = source[0], position = 0;
  if (style === "|" || style === ">") {
    let lineEnd = source.indexOf(`
`);
    if (lineEnd === -1)
      return value.trim() === "" ? value.split("").map(() => -1) : void 0;
    position = lineEnd + 1;
  } else (style === '"' || style === "'") && (position = 1);
  let doubleQuoted = style === '"', singleQuoted = style === "'", offsets = [];
  for (let char of value) {
    if (BLANK.test(char)) {
      doubleQuoted && source[position] === "\\" && BLANK_ESCAPES[source[position + 1] ?? ""] === char ? position += 2 : source[position] === char && (position += 1), offsets.push(-1);
      continue;
    }
    let found = -1;
    for (; position < source.length; ) {
      let current = source[position];
      if (current === char && !(singleQuoted && char === "'" && source[position + 1] !== "'")) {
        found = position, position += singleQuoted && char === "'" ? 2 : 1;
        break;
      }
      if (current !== void 0 && BLANK.test(current))
        position += 1;
      else if (doubleQuoted && current === "\\" && (source[position + 1] === char || source[position + 1] === `
` || source[position + 1] === "\r"))
        position += 1;
      else if (doubleQuoted && current === "\\" && BLANK_ESCAPES[source[position + 1] ?? ""])
        position += 2;
      else
        return;
    }
    if (found === -1)
      return;
    offsets.push(found);
  }
  return offsets;
}

// src/source/locate.ts
function documentByOrdinal(file, ordinal) {
  return file.documentByOrdinal(ordinal);
}
function locateInDocument(file, document, path9, target = "value") {
  let offsets = locateOffsets(document, path9, target);
  return offsets ? { file, ...offsets } : void 0;
}
function toLocation(range3) {
  let start = range3.file.position(range3.start), endOffset = Math.max(range3.start + 1, range3.end), endPosition = range3.file.position(endOffset - 1), location = {
    file: range3.file.path,
    line: start.line,
    column: start.column,
    endLine: endPosition.line,
    endColumn: endPosition.column + 1
  };
  return range3.approximate && (location.approximate = !0), location;
}

// src/k8s/quantity.ts
var BINARY_SUFFIXES = {
  Ki: 1024,
  Mi: 1048576,
  Gi: 1073741824,
  Ti: 1099511627776,
  Pi: 1125899906842624,
  Ei: 1152921504606847e3
}, DECIMAL_SUFFIXES = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18
}, QUANTITY_PATTERN = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([KMGTPE]i|[numkMGTPE])|[eE]([+-]?\d+))?$/;
function parseQuantity(value) {
  if (typeof value == "number")
    return Number.isFinite(value) ? value : void 0;
  if (typeof value != "string")
    return;
  let match2 = QUANTITY_PATTERN.exec(value.trim());
  if (!match2)
    return;
  let number = Number(match2[1]), suffix = match2[2];
  if (match2[3] !== void 0)
    return number * 10 ** Number(match2[3]);
  if (suffix === void 0)
    return number;
  let multiplier = BINARY_SUFFIXES[suffix] ?? DECIMAL_SUFFIXES[suffix];
  return multiplier === void 0 ? void 0 : number * multiplier;
}
function isWholeQuantity(value) {
  let parsed = parseQuantity(value);
  return parsed !== void 0 && Number.isInteger(Math.round(parsed * 1e9) / 1e9);
}
function formatQuantity(resource, value) {
  let rounded = (n) => String(Math.round(n * 1e3) / 1e3);
  if (isCpuResource(resource))
    return Number.isInteger(value) ? String(value) : `${Math.round(value * 1e3)}m`;
  if (isByteResource(resource)) {
    for (let [suffix, size] of [
      ["Ti", 2 ** 40],
      ["Gi", 2 ** 30],
      ["Mi", 2 ** 20],
      ["Ki", 2 ** 10]
    ])
      if (Math.abs(value) >= size)
        return `${rounded(value / size)}${suffix}`;
  }
  return rounded(value);
}
function baseName(resource) {
  return resource.replace(/^(requests|limits)\./, "");
}
function isCpuResource(resource) {
  return baseName(resource) === "cpu";
}
function isByteResource(resource) {
  let name = baseName(resource);
  return name === "memory" || name === "ephemeral-storage" || name.startsWith("hugepages-") || name === "storage";
}
function isExtendedResource(resource) {
  if (!resource.includes("/"))
    return !1;
  let domain = resource.slice(0, resource.indexOf("/"));
  return domain !== "kubernetes.io" && !domain.endsWith(".kubernetes.io");
}

// src/k8s/alert-templates.ts
var PREDEFINED = /* @__PURE__ */ new Set(["labels", "externalLabels", "externalURL", "value"]);
function checkAlertTemplate(text) {
  let actions = [], index = 0;
  for (; (index = text.indexOf("{{", index)) !== -1; ) {
    let close = findClose(text, index + 2);
    if (close === -1)
      return {
        from: index,
        to: index + 2,
        message: "an action opened with a double brace is never closed (its closing double brace is missing)"
      };
    actions.push({ from: index, body: text.slice(index + 2, close), bodyFrom: index + 2 }), index = close + 2;
  }
  let declared = new Set(PREDEFINED);
  for (let action of actions)
    for (let match2 of blankStrings(action.body).matchAll(/\$(\w+)\s*(?:,\s*\$(\w+)\s*)?:?=/g))
      declared.add(match2[1] ?? ""), match2[2] && declared.add(match2[2]);
  for (let action of actions)
    for (let match2 of blankStrings(action.body).matchAll(/\$(\w+)/g)) {
      let name = match2[1] ?? "";
      if (!declared.has(name)) {
        let from = action.bodyFrom + (match2.index ?? 0);
        return {
          from,
          to: from + name.length + 1,
          message: `$${name} is not defined (Prometheus provides $labels, $value, $externalLabels and $externalURL)`
        };
      }
    }
}
function findClose(text, from) {
  for (let index = from; index < text.length; index++) {
    let char = text[index];
    if (char === '"' || char === "`") {
      let end = char === "`" ? text.indexOf("`", index + 1) : stringEnd(text, index);
      if (end === -1)
        return -1;
      index = end;
    } else if (char === "}" && text[index + 1] === "}")
      return index;
  }
  return -1;
}
function stringEnd(text, start) {
  for (let index = start + 1; index < text.length; index++)
    if (text[index] === "\\")
      index++;
    else {
      if (text[index] === '"')
        return index;
      if (text[index] === `
`)
        return -1;
    }
  return -1;
}
function blankStrings(body) {
  return body.replace(/"(?:[^"\\]|\\.)*"|`[^`]*`/g, (literal2) => " ".repeat(literal2.length));
}

// src/k8s/numbers.ts
function parseIntOrPercent(value) {
  if (typeof value == "number")
    return Number.isInteger(value) && value >= 0 ? { kind: "int", value } : void 0;
  if (typeof value == "string") {
    let match2 = /^(\d+)%$/.exec(value.trim());
    if (match2)
      return { kind: "percent", value: Number(match2[1]) };
    if (/^\d+$/.test(value.trim()))
      return { kind: "int", value: Number(value.trim()) };
  }
}
function scaleIntOrPercent(value, total, roundUp) {
  if (value.kind === "int")
    return value.value;
  let exact = value.value * total / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}
function describeIntOrPercent(value) {
  return value.kind === "percent" ? `${value.value}%` : String(value.value);
}
var DURATION_UNITS = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536e3
};
function parseDuration(value) {
  if (typeof value != "string" || value === "")
    return;
  let pattern = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w|y)/gy, total = 0, consumed = 0;
  for (let match2 of value.matchAll(pattern))
    total += Number(match2[1]) * (DURATION_UNITS[match2[2] ?? ""] ?? 0), consumed += match2[0].length;
  return consumed === value.length ? total : void 0;
}
var PROMETHEUS_DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/, PROMETHEUS_UNIT_SECONDS = [31536e3, 604800, 86400, 3600, 60, 1, 1e-3];
function parsePrometheusDuration(value) {
  if (typeof value != "string" || value === "")
    return;
  if (value === "0")
    return 0;
  let match2 = PROMETHEUS_DURATION.exec(value);
  if (!match2)
    return;
  let total = 0;
  return PROMETHEUS_UNIT_SECONDS.forEach((seconds, index) => {
    let count = match2[index + 1];
    count !== void 0 && (total += Number(count) * seconds);
  }), total;
}
function formatSeconds(seconds) {
  if (seconds === 0)
    return "0s";
  let parts = [], rest = seconds;
  for (let [unit, size] of [
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ])
    if (rest >= size) {
      let count = Math.floor(rest / size);
      parts.push(`${count}${unit}`), rest -= count * size;
    }
  return parts.join("") || `${seconds}s`;
}

// src/load/read.ts
import fs4 from "node:fs";

// src/load/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDocuments: 25e4,
  renderTimeoutSeconds: DEFAULT_RENDER_BOUNDS.timeoutSeconds,
  renderMemoryMiB: DEFAULT_RENDER_BOUNDS.memoryMiB
};

// src/load/read.ts
var InputBudget = class {
  bytes = 0;
  documents = 0;
  limits;
  constructor(limits = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }
  addFile(shownPath, size) {
    if (size > this.limits.maxFileBytes)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `${shownPath} is ${formatBytes(size)}, above the limit of ${formatBytes(this.limits.maxFileBytes)} per file; raise limits.maxFileBytes in .scaleplan.yaml if it really is a manifest.`,
        { file: shownPath }
      );
    if (this.bytes += size, this.bytes > this.limits.maxTotalBytes)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `The input is larger than ${formatBytes(this.limits.maxTotalBytes)} in all (reached at ${shownPath}); lint fewer paths or raise limits.maxTotalBytes in .scaleplan.yaml.`,
        { file: shownPath }
      );
  }
  addDocuments(shownPath, count) {
    if (this.documents += count, this.documents > this.limits.maxDocuments)
      throw new ScaleplanError(
        "INPUT_TOO_LARGE",
        `The input holds more than ${this.limits.maxDocuments.toLocaleString("en")} YAML documents (reached at ${shownPath}); lint fewer paths or raise limits.maxDocuments in .scaleplan.yaml.`,
        { file: shownPath }
      );
  }
};
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${bytes} bytes`;
}
function fileSize(absolutePath, shownPath) {
  try {
    return fs4.statSync(absolutePath).size;
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      {
        cause: error
      }
    );
  }
}
var READ_ERRORS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file (deleted while linting, or a dangling symlink)",
  EISDIR: "it is a directory",
  ELOOP: "too many levels of symlinks (a symlink loop)",
  EIO: "input/output error"
};
function describeReadError(error) {
  let code = error.code;
  return code ? `${READ_ERRORS[code] ?? "the system refused"} (${code})` : error instanceof Error ? error.message : String(error);
}
function readSourceFile(absolutePath, shownPath) {
  let bytes;
  try {
    bytes = fs4.readFileSync(absolutePath);
  } catch (error) {
    throw new ScaleplanError(
      "INPUT_UNREADABLE",
      `Cannot read ${shownPath}: ${describeReadError(error)}.`,
      void 0,
      {
        cause: error
      }
    );
  }
  return SourceFile.fromBytes(shownPath, bytes, absolutePath);
}

// src/load/load.ts
import fs8 from "node:fs";
import path7 from "node:path";

// src/load/kustomize/prescan.ts
import fs5 from "node:fs";
import path4 from "node:path";
var MAX_DEPTH = 64, LISTED_YAML_FIELDS = [
  "patchesStrategicMerge",
  "crds",
  "generators",
  "transformers",
  "validators"
], PATH_ENTRY_FIELDS = ["patches", "patchesJson6902", "replacements"];
function prescanKustomization(directory, sources, budget, cwd) {
  let problems = [], visitedDirectories = /* @__PURE__ */ new Set(), checkedFiles = /* @__PURE__ */ new Set(), checkFile = (listed) => {
    let real, stat;
    try {
      real = fs5.realpathSync(listed.absolutePath), stat = fs5.statSync(real);
    } catch {
      return;
    }
    if (checkedFiles.has(real))
      return;
    checkedFiles.add(real);
    let shown = displayPath(cwd, listed.absolutePath);
    if (!stat.isFile()) {
      problems.push(
        entryProblem(
          listed,
          `${shown} is not a regular file (a FIFO, a device or a socket); Kustomize would read it without end, so the directory is not built.`
        )
      );
      return;
    }
    if (budget.admitFile(shown, stat.size), !listed.yaml)
      return;
    let file = sources.file(listed.absolutePath);
    if (!file)
      return;
    if (!hasAnchor(file.text)) {
      budget.admitDocuments(shown, documentCount(file.text));
      return;
    }
    let parsed = parseSourceFile(file);
    budget.admitDocuments(shown, Math.max(parsed.documents.length, 1));
    let bomb = parsed.problems.find((problem) => problem.code === "ALIAS_COUNT");
    bomb && problems.push({
      file,
      start: bomb.start,
      end: bomb.end,
      message: `${bomb.message} Kustomize would expand it without a bound, so the directory is not built.`
    });
  }, visit3 = (kustomizationDirectory, depth) => {
    let real;
    try {
      real = fs5.realpathSync(kustomizationDirectory);
    } catch {
      return;
    }
    if (visitedDirectories.has(real) || depth > MAX_DEPTH)
      return;
    visitedDirectories.add(real);
    let kustomization = readKustomization(kustomizationDirectory, sources);
    if (kustomization) {
      kustomization.file.absolutePath !== void 0 && budget.admitFile(
        displayPath(cwd, kustomization.file.absolutePath),
        Buffer.byteLength(kustomization.file.text)
      );
      for (let reference of localReferences(kustomization))
        reference.isDirectory ? visit3(reference.absolutePath, depth + 1) : checkFile({
          absolutePath: reference.absolutePath,
          yaml: !0,
          kustomization,
          entry: [reference.field, reference.index]
        });
      for (let listed of listedFiles(kustomization))
        isDirectory(listed.absolutePath) ? visit3(listed.absolutePath, depth + 1) : checkFile(listed);
    }
  };
  return visit3(directory, 0), problems;
}
function listedFiles(kustomization) {
  let fields = kustomization.fields, listed = [], add = (value, yaml2, entry) => {
    typeof value != "string" || value.trim() === "" || value.includes(`
`) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) || listed.push({
      absolutePath: path4.resolve(kustomization.directory, value.trim()),
      yaml: yaml2,
      kustomization,
      entry
    });
  };
  for (let field of LISTED_YAML_FIELDS) {
    let entries = fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => add(entry, !0, [field, index]));
  }
  for (let field of PATH_ENTRY_FIELDS) {
    let entries = fields[field];
    Array.isArray(entries) && entries.forEach((entry, index) => {
      isRecord(entry) && add(entry.path, !0, [field, index, "path"]);
    });
  }
  for (let field of ["configMapGenerator", "secretGenerator"]) {
    let generators = fields[field];
    Array.isArray(generators) && generators.forEach((generator, index) => {
      if (isRecord(generator)) {
        for (let key of ["files", "envs"]) {
          let values = generator[key];
          Array.isArray(values) && values.forEach((value, position) => {
            let file = key === "files" && typeof value == "string" && value.includes("=") ? value.slice(value.indexOf("=") + 1) : value;
            add(file, !1, [field, index, key, position]);
          });
        }
        add(generator.env, !1, [field, index, "env"]);
      }
    });
  }
  let openapi = fields.openapi;
  return isRecord(openapi) && add(openapi.path, !0, ["openapi", "path"]), listed;
}
function entryProblem(listed, message) {
  let file = listed.kustomization.file, node = kustomizationNode(listed.kustomization, listed.entry), [start, end] = node?.range ?? [0, Math.max(file.text.indexOf(`
`), 0)];
  return { file, start, end, message };
}
function isDirectory(absolutePath) {
  try {
    return fs5.statSync(absolutePath).isDirectory();
  } catch {
    return !1;
  }
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function documentCount(text) {
  let count = 1, separator = /^---(?:[ \t]|$)/gm;
  for (; separator.exec(text); )
    count++;
  return count;
}

// src/load/kustomize/source-map.ts
var import_yaml7 = __toESM(require_dist(), 1);
import fs7 from "node:fs";
import path6 from "node:path";

// src/k8s/manifest.ts
var CLUSTER_SCOPED_KINDS = /* @__PURE__ */ new Set([
  // Kubernetes
  "APIService",
  "AuditSink",
  "CertificateSigningRequest",
  "ClusterCIDR",
  "ClusterRole",
  "ClusterRoleBinding",
  "ClusterTrustBundle",
  "ComponentStatus",
  "CSIDriver",
  "CSINode",
  "CustomResourceDefinition",
  "DeviceClass",
  "FlowSchema",
  "IngressClass",
  "InitializerConfiguration",
  "IPAddress",
  "MutatingAdmissionPolicy",
  "MutatingAdmissionPolicyBinding",
  "MutatingWebhookConfiguration",
  "Namespace",
  "Node",
  "PersistentVolume",
  "PodSecurityPolicy",
  "PriorityClass",
  "PriorityLevelConfiguration",
  "ResourceSlice",
  "RuntimeClass",
  "SelfSubjectAccessReview",
  "SelfSubjectReview",
  "SelfSubjectRulesReview",
  "ServiceCIDR",
  "StorageClass",
  "StorageVersion",
  "StorageVersionMigration",
  "SubjectAccessReview",
  "TokenReview",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "ValidatingWebhookConfiguration",
  "VolumeAttachment",
  "VolumeAttributesClass",
  // Operators: cert-manager, KEDA, Kyverno (and NVIDIA's GPU operator ClusterPolicy),
  // External Secrets, Kueue, KServe, Google Managed Prometheus, Gatekeeper.
  "ClusterIssuer",
  "ClusterTriggerAuthentication",
  "ClusterPolicy",
  "ClusterCleanupPolicy",
  "ClusterPolicyReport",
  "ClusterSecretStore",
  "ClusterExternalSecret",
  "ClusterQueue",
  "ResourceFlavor",
  "Cohort",
  "ClusterServingRuntime",
  "ClusterStorageContainer",
  "ClusterPodMonitoring",
  "ClusterRules",
  "ConstraintTemplate"
]);
function isClusterScoped(kind) {
  return CLUSTER_SCOPED_KINDS.has(kind);
}
var Manifest = class {
  constructor(object, file, documentOrdinal, basePath, defaultNamespace, customLocator) {
    this.file = file;
    this.documentOrdinal = documentOrdinal;
    this.basePath = basePath;
    this.customLocator = customLocator;
    this.object = object, this.apiVersion = typeof object.apiVersion == "string" ? object.apiVersion : "", this.kind = typeof object.kind == "string" ? object.kind : "";
    let metadata = asObject(object.metadata);
    this.name = typeof metadata?.name == "string" ? metadata.name : "";
    let namespace = metadata?.namespace;
    this.declaredNamespace = typeof namespace == "string" && namespace !== "" ? namespace : void 0, this.namespace = isClusterScoped(this.kind) ? "" : this.declaredNamespace ?? defaultNamespace, this.key = `${this.kind}/${this.namespace}/${this.name}`;
  }
  file;
  documentOrdinal;
  basePath;
  customLocator;
  apiVersion;
  kind;
  name;
  /** Effective namespace ('' for cluster-scoped kinds). */
  namespace;
  /** Namespace as written, if any. */
  declaredNamespace;
  object;
  /** `${kind}/${namespace}/${name}` */
  key;
  labelMap;
  annotationMap;
  /** API group: '' for the core group. */
  get group() {
    let slash = this.apiVersion.indexOf("/");
    return slash === -1 ? "" : this.apiVersion.slice(0, slash);
  }
  get ref() {
    let ref = { apiVersion: this.apiVersion, kind: this.kind };
    return this.namespace && (ref.namespace = this.namespace), this.name && (ref.name = this.name), ref;
  }
  get labels() {
    return this.labelMap ??= stringMap(asObject(this.object.metadata)?.labels), this.labelMap;
  }
  get annotations() {
    return this.annotationMap ??= stringMap(asObject(this.object.metadata)?.annotations), this.annotationMap;
  }
  /** Value at a path, or undefined when any step is missing or of the wrong type. */
  get(path9) {
    return getPath(this.object, path9);
  }
  /**
   * Whether findings on this object may point into other files than `file` (a rendered
   * Kustomize object: a field may come from a patch). Plain objects are located in their file.
   */
  get locatesOutsideItsFile() {
    return this.customLocator !== void 0;
  }
  /** Where a field (or its nearest existing ancestor) is written. */
  locate(path9, target = "value") {
    return this.customLocator ? this.customLocator(path9, target) : this.file.locateField(this.documentOrdinal, [...this.basePath, ...path9], target);
  }
  /** Human-readable identity: `Deployment ns/name`. */
  toString() {
    return `${this.kind} ${this.namespace ? `${this.namespace}/` : ""}${this.name}`;
  }
};
function asObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}
function getPath(value, path9) {
  let current = value;
  for (let segment of path9)
    if (typeof segment == "number") {
      if (!Array.isArray(current))
        return;
      current = current[segment];
    } else {
      let object = asObject(current);
      if (!object || !Object.prototype.hasOwnProperty.call(object, segment))
        return;
      current = object[segment];
    }
  return current;
}
function stringMap(value) {
  let object = asObject(value), result = {};
  if (!object)
    return result;
  for (let [key, entry] of Object.entries(object))
    typeof entry == "string" ? result[key] = entry : (typeof entry == "number" || typeof entry == "boolean") && (result[key] = String(entry));
  return result;
}

// src/load/kustomize/spelling.ts
var import_yaml5 = __toESM(require_dist(), 1);
function isNode3(value) {
  return typeof value == "object" && value !== null && "range" in value;
}
function rangeOf(positioned, node) {
  if (positioned.fallback)
    return { ...positioned.fallback, approximate: !0 };
  let [start, end] = node.range ?? [0, 0];
  return {
    file: positioned.file,
    start: start + positioned.shift,
    end: Math.max(end, start + 1) + positioned.shift
  };
}
function nodeValue(positioned, node) {
  if ((0, import_yaml5.isScalar)(node))
    return node.value;
  try {
    return node.toJS(positioned.document, { maxAliasCount: 1e3 });
  } catch {
    return;
  }
}
var MERGE_KEYS = [
  "name",
  "containerPort",
  "mountPath",
  "devicePath",
  "port",
  "ip",
  "topologyKey"
];
function matchListItem(sequence, renderedItem, index) {
  let object = asObject(renderedItem);
  if (object)
    for (let key of MERGE_KEYS) {
      let wanted = object[key];
      if (typeof wanted != "string" && typeof wanted != "number")
        continue;
      let keyed = sequence.items.filter((item2) => (0, import_yaml5.isMap)(item2) && item2.has(key));
      if (keyed.length !== 0)
        return keyed.find((item2) => String(item2.get(key)) === String(wanted));
    }
  let item = sequence.items[index];
  return isNode3(item) ? item : void 0;
}
function descend(positioned, start, path9, rendered, renderedPrefix) {
  let reached = { node: start, depth: 0 };
  for (let index = 0; index < path9.length; index++) {
    let segment = path9[index], node = reached.node;
    if ((0, import_yaml5.isAlias)(node) && (node = node.resolve(positioned.document) ?? void 0), (0, import_yaml5.isMap)(node)) {
      let pair2 = node.items.find(
        (item) => (0, import_yaml5.isPair)(item) && (0, import_yaml5.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair2 || !isNode3(pair2.key))
        return reached;
      reached = {
        node: isNode3(pair2.value) ? pair2.value : pair2.key,
        key: pair2.key,
        depth: index + 1
      };
    } else if ((0, import_yaml5.isSeq)(node) && typeof segment == "number") {
      let list = asArray(getPath(rendered, [...renderedPrefix, ...path9.slice(0, index)])), item = matchListItem(node, list[segment], segment);
      if (!item)
        return reached;
      reached = { node: item, depth: index + 1 };
    } else
      return reached;
  }
  return reached;
}
function anchorOf(reached) {
  if (reached.key)
    return reached.key;
  if ((0, import_yaml5.isMap)(reached.node)) {
    let pairs2 = reached.node.items.filter(import_yaml5.isPair), preferred = pairs2.find((pair2) => (0, import_yaml5.isScalar)(pair2.key) && pair2.key.value === "name") ?? pairs2[0];
    if (preferred && isNode3(preferred.key))
      return preferred.key;
  }
  return reached.node;
}
function spellIn(positioned, start, path9, target, rendered, renderedPrefix = [], depthOffset = 0) {
  let reached = descend(positioned, start, path9, rendered, renderedPrefix);
  if (reached.depth === path9.length) {
    let node = target === "key" && reached.key ? reached.key : reached.node;
    return {
      depth: depthOffset + reached.depth,
      range: rangeOf(positioned, node),
      value: nodeValue(positioned, reached.node)
    };
  }
  return { depth: depthOffset + reached.depth, range: rangeOf(positioned, anchorOf(reached)) };
}
function pairIn(node, key) {
  if (!(0, import_yaml5.isMap)(node))
    return;
  let pair2 = node.items.find(
    (item) => (0, import_yaml5.isPair)(item) && (0, import_yaml5.isScalar)(item.key) && item.key.value === key
  );
  if (!(!pair2 || !isNode3(pair2.key)))
    return { key: pair2.key, value: isNode3(pair2.value) ? pair2.value : pair2.key };
}
function stringMap2(value) {
  let result = {};
  for (let [key, entry] of Object.entries(asObject(value) ?? {}))
    (typeof entry == "string" || typeof entry == "number" || typeof entry == "boolean") && (result[key] = String(entry));
  return result;
}
function splitApiVersion(apiVersion) {
  let text = typeof apiVersion == "string" ? apiVersion : "", slash = text.indexOf("/");
  return slash === -1 ? { group: "", version: text } : { group: text.slice(0, slash), version: text.slice(slash + 1) };
}

// src/k8s/selectors.ts
var OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]), MATCH_NOTHING = {
  matchLabels: {},
  matchExpressions: [],
  matchesNone: !0
};
function parseLabelSelector(value) {
  if (value == null)
    return { selector: MATCH_NOTHING };
  let object = asObject(value);
  if (!object)
    return { error: "a selector must be a map with matchLabels and/or matchExpressions" };
  let matchLabels = {}, labels = object.matchLabels;
  if (labels != null) {
    let labelMap = asObject(labels);
    if (!labelMap)
      return { error: "matchLabels must be a map of strings" };
    for (let [key, labelValue] of Object.entries(labelMap)) {
      if (!isScalar5(labelValue))
        return { error: `matchLabels.${key} must be a string` };
      matchLabels[key] = String(labelValue);
    }
  }
  let matchExpressions = [], expressions = object.matchExpressions;
  if (expressions != null && !Array.isArray(expressions))
    return { error: "matchExpressions must be a list" };
  for (let entry of asArray(expressions)) {
    let requirement = asObject(entry), key = requirement?.key, operator = requirement?.operator;
    if (typeof key != "string" || typeof operator != "string" || !OPERATORS.has(operator))
      return {
        error: "each matchExpressions entry needs a key and an operator of In, NotIn, Exists or DoesNotExist"
      };
    let written = asArray(requirement?.values);
    if (!written.every(isScalar5))
      return { error: `matchExpressions values of ${key} must be strings` };
    let values = written.map(String);
    matchExpressions.push({ key, operator, values });
  }
  return { selector: { matchLabels, matchExpressions, matchesNone: !1 } };
}
function parseMapSelector(value) {
  if (value == null)
    return { selector: MATCH_NOTHING };
  let object = asObject(value);
  if (!object)
    return { error: "the selector must be a map of labels" };
  let matchLabels = {};
  for (let [key, labelValue] of Object.entries(object)) {
    if (!isScalar5(labelValue))
      return { error: `selector.${key} must be a string` };
    matchLabels[key] = String(labelValue);
  }
  return Object.keys(matchLabels).length === 0 ? { selector: MATCH_NOTHING } : { selector: { matchLabels, matchExpressions: [], matchesNone: !1 } };
}
function isScalar5(value) {
  return typeof value == "string" || typeof value == "number" || typeof value == "boolean";
}
function isEmptySelector(selector) {
  return !selector.matchesNone && Object.keys(selector.matchLabels).length === 0 && selector.matchExpressions.length === 0;
}
function selectorMatches(selector, labels) {
  if (selector.matchesNone)
    return !1;
  for (let [key, value] of Object.entries(selector.matchLabels))
    if (labels[key] !== value)
      return !1;
  for (let requirement of selector.matchExpressions) {
    let has = Object.prototype.hasOwnProperty.call(labels, requirement.key), value = labels[requirement.key];
    switch (requirement.operator) {
      case "In":
        if (!has || value === void 0 || !requirement.values.includes(value))
          return !1;
        break;
      case "NotIn":
        if (has && value !== void 0 && requirement.values.includes(value))
          return !1;
        break;
      case "Exists":
        if (!has)
          return !1;
        break;
      case "DoesNotExist":
        if (has)
          return !1;
        break;
    }
  }
  return !0;
}
function describeSelector(selector) {
  if (selector.matchesNone)
    return "<none>";
  let parts = Object.entries(selector.matchLabels).map(([key, value]) => `${key}=${value}`);
  for (let requirement of selector.matchExpressions)
    switch (requirement.operator) {
      case "In":
        parts.push(`${requirement.key} in (${requirement.values.join(",")})`);
        break;
      case "NotIn":
        parts.push(`${requirement.key} notin (${requirement.values.join(",")})`);
        break;
      case "Exists":
        parts.push(requirement.key);
        break;
      case "DoesNotExist":
        parts.push(`!${requirement.key}`);
        break;
    }
  return parts.length === 0 ? "<everything>" : parts.join(",");
}
function parseSelectorString(text) {
  let matchLabels = {}, matchExpressions = [];
  for (let part of splitSelector(text)) {
    let term = part.trim();
    if (term === "")
      continue;
    let set2 = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set2) {
      let values = (set2[3] ?? "").split(",").map((value) => value.trim()).filter((value) => value !== "");
      matchExpressions.push({
        key: set2[1] ?? "",
        operator: set2[2] === "in" ? "In" : "NotIn",
        values
      });
      continue;
    }
    let comparison = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(term);
    if (comparison) {
      let [, key = "", operator, value = ""] = comparison;
      operator === "!=" ? matchExpressions.push({ key, operator: "NotIn", values: [value] }) : matchLabels[key] = value;
      continue;
    }
    let existence = /^(!?)([^\s!=(),]+)$/.exec(term);
    if (existence) {
      matchExpressions.push({
        key: existence[2] ?? "",
        operator: existence[1] === "!" ? "DoesNotExist" : "Exists",
        values: []
      });
      continue;
    }
    return { error: `"${term}" is not a selector requirement` };
  }
  return { selector: { matchLabels, matchExpressions, matchesNone: !1 } };
}
function splitSelector(text) {
  let parts = [], depth = 0, current = "";
  for (let char of text)
    char === "(" ? depth++ : char === ")" && (depth = Math.max(0, depth - 1)), char === "," && depth === 0 ? (parts.push(current), current = "") : current += char;
  return parts.push(current), parts;
}

// src/load/kustomize/patch-targets.ts
function anchored(pattern) {
  if (!(typeof pattern != "string" || pattern === ""))
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    }
}
function readSelector(value) {
  let object = asObject(value);
  if (!object)
    return;
  let selector = {};
  for (let field of ["group", "version", "kind"])
    typeof object[field] == "string" && object[field] !== "" && (selector[field] = object[field]);
  let name = anchored(object.name);
  name && (selector.name = name);
  let namespace = anchored(object.namespace);
  namespace && (selector.namespace = namespace);
  for (let field of ["labelSelector", "annotationSelector"])
    if (typeof object[field] == "string") {
      let parsed = parseSelectorString(object[field]);
      "selector" in parsed && (selector[field] = parsed.selector);
    }
  return selector;
}
function selects(selector, identity) {
  if (selector.kind !== void 0 && selector.kind !== identity.kind || selector.group !== void 0 && selector.group !== identity.group || selector.version !== void 0 && selector.version !== identity.version)
    return !1;
  let { name, namespace, labelSelector, annotationSelector } = selector;
  return !(name && !identity.names.some((candidate) => name.test(candidate)) || namespace && !identity.namespaces.some((candidate) => namespace.test(candidate)) || labelSelector && !selectorMatches(labelSelector, identity.labels) || annotationSelector && !selectorMatches(annotationSelector, identity.annotations));
}

// src/load/kustomize/patch-writers.ts
var import_yaml6 = __toESM(require_dist(), 1);
import fs6 from "node:fs";
import path5 from "node:path";
var DocumentWriter = class {
  constructor(positioned, root) {
    this.positioned = positioned;
    this.root = root;
  }
  positioned;
  root;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path9, target, rendered) {
    return spellIn(this.positioned, this.root, path9, target, rendered);
  }
}, StrategicMergeWriter = class {
  constructor(positioned, value, target) {
    this.positioned = positioned;
    this.target = target;
    this.patchKind = typeof value.kind == "string" ? value.kind : void 0, this.patchGroup = typeof value.apiVersion == "string" ? splitApiVersion(value.apiVersion).group : void 0;
    let metadata = asObject(value.metadata);
    this.patchName = typeof metadata?.name == "string" ? metadata.name : void 0, this.patchNamespace = typeof metadata?.namespace == "string" ? metadata.namespace : void 0, this.kind = target ? target.kind : this.patchKind;
  }
  positioned;
  target;
  kind;
  patchKind;
  patchGroup;
  patchName;
  patchNamespace;
  appliesTo(identity) {
    return this.target ? selects(this.target, identity) : this.patchKind === identity.kind && (this.patchGroup === void 0 || this.patchGroup === identity.group) && this.patchName !== void 0 && identity.names.includes(this.patchName) && (this.patchNamespace === void 0 || identity.namespaces.includes(this.patchNamespace));
  }
  spell(path9, target, rendered) {
    let root = this.positioned.document.contents;
    if (!(!root || isIdentityField(path9)))
      return spellIn(this.positioned, root, path9, target, rendered);
  }
};
function isIdentityField(path9) {
  return path9.length === 1 && (path9[0] === "apiVersion" || path9[0] === "kind") || path9.length === 2 && path9[0] === "metadata" && (path9[1] === "name" || path9[1] === "namespace");
}
function pointerCovers(pointer, path9, rendered) {
  if (pointer !== "" && !pointer.startsWith("/"))
    return;
  let segments = pointer === "" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (!(segments.length > path9.length)) {
    for (let index = 0; index < segments.length; index++) {
      let segment = segments[index], wanted = path9[index];
      if (typeof wanted == "number") {
        if (segment === "-") {
          let list = asArray(getPath(rendered, path9.slice(0, index)));
          if (wanted !== list.length - 1)
            return;
        } else if (segment !== String(wanted))
          return;
      } else if (segment !== wanted)
        return;
    }
    return { length: segments.length };
  }
}
var JsonPatchWriter = class {
  constructor(positioned, operations, target) {
    this.positioned = positioned;
    this.operations = operations;
    this.target = target;
    this.kind = target.kind;
  }
  positioned;
  operations;
  target;
  kind;
  appliesTo(identity) {
    return selects(this.target, identity);
  }
  spell(path9, target, rendered) {
    let best;
    for (let item of [...this.operations.items].reverse()) {
      if (!(0, import_yaml6.isMap)(item))
        continue;
      let op = item.get("op"), pointer = pairIn(item, "path");
      if (typeof op != "string" || !pointer || !(0, import_yaml6.isScalar)(pointer.value))
        continue;
      let covered = pointerCovers(String(pointer.value.value), path9, rendered);
      if (!covered)
        continue;
      if (op === "copy" || op === "move") {
        if (covered.length === path9.length || !best)
          return {
            depth: path9.length,
            range: rangeOf(this.positioned, pointer.value),
            opaque: !0
          };
        continue;
      }
      if (op !== "add" && op !== "replace")
        continue;
      let value = pairIn(item, "value");
      if (!value)
        continue;
      let inner = path9.slice(covered.length);
      if (inner.length === 0) {
        let node = target === "key" ? pointer.value : value.value;
        return {
          depth: path9.length,
          range: rangeOf(this.positioned, node),
          value: nodeValue(this.positioned, value.value)
        };
      }
      let spelled = spellIn(
        this.positioned,
        value.value,
        inner,
        target,
        rendered,
        path9.slice(0, covered.length),
        covered.length
      );
      if (spelled.depth === path9.length)
        return spelled;
      (!best || spelled.depth > best.depth) && (best = spelled);
    }
    return best;
  }
}, REPLICA_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "ReplicaSet",
  "ReplicationController",
  "StatefulSet"
]), ReplicasWriter = class {
  constructor(positioned, name, count) {
    this.positioned = positioned;
    this.name = name;
    this.count = count;
  }
  positioned;
  name;
  count;
  kind = void 0;
  appliesTo(identity) {
    return REPLICA_KINDS.has(identity.kind) && identity.names.includes(this.name);
  }
  spell(path9, target) {
    if (!(path9.length !== 2 || path9[0] !== "spec" || path9[1] !== "replicas"))
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === "key" ? this.count.key : this.count.value),
        value: nodeValue(this.positioned, this.count.value)
      };
  }
}, IMAGE_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
function splitImage(image) {
  let at = image.indexOf("@"), digest = at === -1 ? void 0 : image.slice(at + 1), rest = at === -1 ? image : image.slice(0, at), colon = rest.lastIndexOf(":"), hasTag = colon > rest.lastIndexOf("/"), result = {
    name: hasTag ? rest.slice(0, colon) : rest
  };
  return hasTag && (result.tag = rest.slice(colon + 1)), digest !== void 0 && (result.digest = digest), result;
}
var ImagesWriter = class {
  constructor(positioned, entry, node) {
    this.positioned = positioned;
    this.entry = entry;
    this.node = node;
  }
  positioned;
  entry;
  node;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path9, target, rendered) {
    let list = path9[path9.length - 3];
    if (path9[path9.length - 1] !== "image" || typeof path9[path9.length - 2] != "number" || typeof list != "string" || !IMAGE_LISTS.has(list))
      return;
    let image = getPath(rendered, path9);
    if (typeof image != "string")
      return;
    let { name, newName, newTag, digest } = this.entry, parts = splitImage(image), expectedName = typeof newName == "string" ? newName : name;
    if (parts.name !== expectedName || newTag !== void 0 && parts.tag !== String(newTag) || digest !== void 0 && parts.digest !== String(digest))
      return;
    let field = newTag !== void 0 && pairIn(this.node, "newTag") || digest !== void 0 && pairIn(this.node, "digest") || newName !== void 0 && pairIn(this.node, "newName") || void 0;
    if (field)
      return {
        depth: path9.length,
        range: rangeOf(this.positioned, target === "key" ? field.key : field.value),
        value: image
      };
  }
}, GENERATOR_FIELDS = {
  ConfigMapGenerator: { field: "configMapGenerator", kind: "ConfigMap" },
  SecretGenerator: { field: "secretGenerator", kind: "Secret" }
}, GeneratorWriter = class {
  constructor(positioned, entry, node) {
    this.positioned = positioned;
    this.entry = entry;
    this.node = node;
  }
  positioned;
  entry;
  node;
  kind = void 0;
  appliesTo() {
    return !0;
  }
  spell(path9, target, rendered) {
    let name = pairIn(this.node, "name"), anchor = name?.value ?? this.node;
    if (path9.length === 2 && path9[0] === "metadata" && path9[1] === "name" && name)
      return {
        depth: 2,
        range: rangeOf(this.positioned, target === "key" ? name.key : name.value),
        value: this.entry.name
      };
    let key = path9[1];
    if (path9.length === 2 && typeof key == "string" && (path9[0] === "data" || path9[0] === "binaryData")) {
      let literals = pairIn(this.node, "literals")?.value;
      if ((0, import_yaml6.isSeq)(literals)) {
        for (let literal2 of literals.items)
          if ((0, import_yaml6.isScalar)(literal2) && String(literal2.value).startsWith(`${key}=`))
            return {
              depth: 2,
              range: rangeOf(this.positioned, literal2),
              value: getPath(rendered, path9)
            };
      }
      for (let field of ["files", "envs", "env"]) {
        let files = pairIn(this.node, field)?.value, items = (0, import_yaml6.isSeq)(files) ? files.items : (0, import_yaml6.isScalar)(files) ? [files] : [];
        for (let file of items) {
          if (!(0, import_yaml6.isScalar)(file))
            continue;
          let text = String(file.value);
          if (text.startsWith(`${key}=`) || text.split("/").pop() === key)
            return { depth: 2, range: rangeOf(this.positioned, file), opaque: !0 };
        }
      }
    }
    return { depth: 0, range: rangeOf(this.positioned, anchor) };
  }
};
function patchWriters(documents, target) {
  let writers = [];
  for (let positioned of documents) {
    let contents = positioned.document.contents;
    if ((0, import_yaml6.isSeq)(contents)) {
      target && writers.push(new JsonPatchWriter(positioned, contents, target));
      continue;
    }
    let value;
    try {
      value = positioned.document.toJS({ maxAliasCount: 1e3 });
    } catch {
      continue;
    }
    let object = asObject(value);
    object && writers.push(new StrategicMergeWriter(positioned, object, target));
  }
  return writers;
}
function patchFile(kustomization, entry) {
  if (entry.includes(`
`))
    return;
  let candidate = path5.resolve(kustomization.directory, entry.trim());
  try {
    return fs6.statSync(candidate).isFile() ? candidate : void 0;
  } catch {
    return;
  }
}
function inlineDocuments(kustomization, node, text) {
  let file = kustomization.file;
  if ((0, import_yaml6.isScalar)(node) && node.type === "BLOCK_LITERAL" && node.range) {
    let source = file.text, headerEnd = source.indexOf(`
`, node.range[0]), contentStart2 = headerEnd === -1 ? node.range[1] : headerEnd + 1, contentEnd2 = node.range[1], lines = source.slice(contentStart2, contentEnd2).split(`
`), indent = Math.min(
      ...lines.filter((line) => line.trim() !== "").map((line) => /^ */.exec(line)?.[0].length ?? 0)
    );
    if (Number.isFinite(indent)) {
      let shadow = source.slice(0, contentStart2).replace(/[^\n]/g, " ") + lines.map((line) => {
        let carriage = line.endsWith("\r") ? "\r" : "", body = carriage ? line.slice(0, -1) : line;
        return body.trim() === "" ? " ".repeat(body.length) + carriage : body.slice(indent) + " ".repeat(indent) + carriage;
      }).join(`
`) + source.slice(contentEnd2).replace(/[^\n]/g, " "), parsed2 = (0, import_yaml6.parseAllDocuments)(shadow, YAML_PARSE_OPTIONS);
      return (Array.isArray(parsed2) ? parsed2 : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: indent }));
    }
  }
  let fallbackNode = node ?? kustomization.document?.contents ?? void 0, [start, end] = fallbackNode?.range ?? [0, 1], fallback = { file, start, end: Math.max(end, start + 1) }, parsed = (0, import_yaml6.parseAllDocuments)(text, YAML_PARSE_OPTIONS);
  return (Array.isArray(parsed) ? parsed : []).filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: 0, fallback }));
}

// src/load/kustomize/chain.ts
function writersForKind(level, kind) {
  let writers = level.byKind.get(kind);
  return writers || (writers = level.writers.filter((writer) => writer.kind === void 0 || writer.kind === kind), level.byKind.set(kind, writers)), writers;
}
function rename(name, chain, from) {
  let result = name;
  for (let index = from; index < chain.length; index++) {
    let level = chain[index];
    result = `${level.prefix}${result}${level.suffix}`;
  }
  return result;
}
function sameName(rendered, renamed) {
  return rendered === renamed || rendered.startsWith(`${renamed}-`) && /^[a-z0-9]{10}$/.test(rendered.slice(renamed.length + 1));
}
function sameScalar(rendered, spelled, chain, level) {
  return spelled == null || typeof spelled == "object" ? rendered === spelled : String(rendered) === String(spelled) ? !0 : typeof rendered == "string" && typeof spelled == "string" && sameName(rendered, rename(spelled, chain, level));
}
function locateField(object, path9, target, writers, chain) {
  let rendered = getPath(object, path9), isContainer = typeof rendered == "object" && rendered !== null, mismatch, nearest;
  for (let index = writers.length - 1; index >= 0; index--) {
    let { writer, level } = writers[index], spelling = writer.spell(path9, target, object);
    if (!spelling)
      continue;
    if (spelling.depth === path9.length && rendered !== void 0) {
      if (spelling.opaque)
        return { ...spelling.range, approximate: !0 };
      if (isContainer || sameScalar(rendered, spelling.value, chain, level))
        return spelling.range;
      mismatch ??= spelling.range;
      continue;
    }
    let depth = Math.min(spelling.depth, path9.length - 1);
    (!nearest || depth >= nearest.depth) && (nearest = { ...spelling, depth });
  }
  return mismatch ? { ...mismatch, approximate: !0 } : nearest ? { ...nearest.range, approximate: !0 } : void 0;
}

// src/load/kustomize/source-map.ts
var KustomizeSourceMap = class _KustomizeSourceMap {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  nodes = /* @__PURE__ */ new Map();
  /** Real path of a resource file → the chains that include it. */
  fileChains = /* @__PURE__ */ new Map();
  /** Real path of a kustomization file → the chains starting at its level. */
  nodeChains = /* @__PURE__ */ new Map();
  levels = /* @__PURE__ */ new Map();
  /** Reads the kustomization of `directory` and everything it builds from. */
  static build(directory, sources) {
    let map2 = new _KustomizeSourceMap(sources);
    return map2.visit(directory, [], /* @__PURE__ */ new Set()), map2;
  }
  /** The source files the map read (kustomizations, patches, resources). */
  get files() {
    let files = [];
    for (let node of this.nodes.values())
      node && files.push(node.kustomization.file);
    return files;
  }
  node(directory) {
    let real = realPath2(directory);
    if (!this.nodes.has(real)) {
      this.nodes.set(real, null);
      let kustomization = readKustomization(directory, this.sources);
      this.nodes.set(real, kustomization ? this.readNode(kustomization) : null);
    }
    return this.nodes.get(real) ?? void 0;
  }
  level(node) {
    let level = this.levels.get(node);
    if (!level) {
      let components = flattenComponents(node);
      level = {
        node,
        writers: [...components.flatMap((component) => component.writers), ...node.writers],
        prefix: `${node.prefix}${components.map((component) => component.prefix).reverse().join("")}`,
        suffix: `${components.map((component) => component.suffix).join("")}${node.suffix}`,
        byKind: /* @__PURE__ */ new Map()
      }, this.levels.set(node, level);
    }
    return level;
  }
  visit(directory, outer, stack) {
    let real = realPath2(directory), node = this.node(directory);
    if (!node || stack.has(real) || stack.size > 64)
      return;
    stack.add(real);
    let chain = [this.level(node), ...outer];
    for (let member of [node, ...flattenComponents(node)]) {
      push(this.nodeChains, realPath2(member.kustomization.file.absolutePath ?? ""), chain);
      for (let reference of localReferences(member.kustomization))
        reference.field !== "components" && (reference.isDirectory ? this.visit(reference.absolutePath, chain, stack) : push(this.fileChains, realPath2(reference.absolutePath), chain));
    }
    stack.delete(real);
  }
  readNode(kustomization) {
    let document = kustomization.document, positioned = document ? { file: kustomization.file, document, shift: 0 } : void 0, fields = kustomization.fields, node = {
      kustomization,
      positioned,
      prefix: typeof fields.namePrefix == "string" ? fields.namePrefix : "",
      suffix: typeof fields.nameSuffix == "string" ? fields.nameSuffix : "",
      writers: positioned ? this.readWriters(kustomization, positioned) : [],
      components: []
    };
    for (let reference of localReferences(kustomization))
      if (reference.field === "components" && reference.isDirectory) {
        let component = this.node(reference.absolutePath);
        component && node.components.push(component);
      }
    return node;
  }
  /** Patches, replicas and images of a kustomization, in Kustomize's order of application. */
  readWriters(kustomization, positioned) {
    let fields = kustomization.fields, writers = [];
    return asArray(fields.patchesStrategicMerge).forEach((entry, index) => {
      if (typeof entry != "string")
        return;
      let node = kustomizationNode(kustomization, ["patchesStrategicMerge", index]), file = patchFile(kustomization, entry), documents = file ? this.fileDocuments(file) : inlineDocuments(kustomization, node, entry);
      writers.push(...patchWriters(documents, void 0));
    }), asArray(fields.patches).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, "patches", index, entry));
    }), asArray(fields.patchesJson6902).forEach((entry, index) => {
      writers.push(...this.patchEntryWriters(kustomization, "patchesJson6902", index, entry));
    }), asArray(fields.replicas).forEach((entry, index) => {
      let name = asObject(entry)?.name, count = pairIn(kustomizationNode(kustomization, ["replicas", index]), "count");
      typeof name == "string" && count && writers.push(new ReplicasWriter(positioned, name, count));
    }), asArray(fields.images).forEach((entry, index) => {
      let object = asObject(entry), node = kustomizationNode(kustomization, ["images", index]);
      object && typeof object.name == "string" && node && writers.push(new ImagesWriter(positioned, object, node));
    }), writers;
  }
  patchEntryWriters(kustomization, field, index, entry) {
    let object = asObject(entry);
    if (!object)
      return [];
    let target = readSelector(object.target), documents = [];
    if (typeof object.path == "string") {
      let file = patchFile(kustomization, object.path);
      documents = file ? this.fileDocuments(file) : [];
    } else if (typeof object.patch == "string") {
      let node = kustomizationNode(kustomization, [field, index, "patch"]);
      documents = inlineDocuments(kustomization, node, object.patch);
    }
    return patchWriters(documents, target);
  }
  fileDocuments(absolutePath) {
    let file = this.sources.file(absolutePath);
    return file ? file.yaml().documents.filter((document) => document.errors.length === 0 && !isNullDocument(document)).map((document) => ({ file, document, shift: 0 })) : [];
  }
  /**
   * Finds the base of a rendered object (the document of its origin file, or its generator
   * entry) and returns the locator for its fields; undefined when the origin is unknown.
   */
  locatorFor(object, origin) {
    let resolved = this.resolve(object, origin);
    if (!resolved)
      return;
    let writers, applicable = () => (writers ??= this.applicableWriters(object, resolved), writers);
    return {
      file: resolved.file,
      ordinal: resolved.ordinal,
      locate: (path9, target) => locateField(object, path9, target, applicable(), resolved.chain)
    };
  }
  resolve(object, origin) {
    let kind = typeof object.kind == "string" ? object.kind : "", renderedName = String(asObject(object.metadata)?.name ?? "");
    if (origin?.file) {
      let file = this.sources.file(origin.file);
      if (!file)
        return;
      let ofKind = this.candidates(origin.file, kind), sameVersion = ofKind.filter((entry) => entry.apiVersion === object.apiVersion), candidates = sameVersion.length > 0 ? sameVersion : ofKind, chains = this.fileChains.get(realPath2(origin.file)) ?? [[]], match2;
      for (let chain2 of chains) {
        let candidate2 = candidates.find(
          (entry) => sameName(renderedName, rename(entry.name, chain2, 0))
        );
        if (candidate2) {
          match2 = { candidate: candidate2, chain: chain2 };
          break;
        }
      }
      if (!match2) {
        let candidate2 = closestByName(candidates, renderedName);
        if (!candidate2)
          return;
        match2 = { candidate: candidate2, chain: chains[0] ?? [] };
      }
      let { candidate, chain } = match2;
      return {
        file,
        ordinal: candidate.ordinal,
        chain,
        name: candidate.name,
        namespace: candidate.namespace,
        base: () => {
          let document = documentByOrdinal(file, candidate.ordinal);
          if (!document?.contents)
            return;
          let positioned = { file, document, shift: 0 }, root = candidate.basePath.length ? document.getIn(candidate.basePath, !0) : document.contents;
          return root ? new DocumentWriter(positioned, root) : void 0;
        }
      };
    }
    let generator = origin?.generator ? GENERATOR_FIELDS[origin.generator] : void 0;
    if (origin?.configuredIn && generator && generator.kind === kind)
      return this.resolveGenerated(origin.configuredIn, generator.field, renderedName);
  }
  resolveGenerated(kustomizationFile, field, renderedName) {
    let node = this.node(path6.dirname(kustomizationFile)), positioned = node?.positioned;
    if (!node || !positioned)
      return;
    let chains = this.nodeChains.get(realPath2(kustomizationFile)) ?? [[this.level(node)]], entries = asArray(node.kustomization.fields[field]);
    for (let chain of chains)
      for (let index = 0; index < entries.length; index++) {
        let entry = asObject(entries[index]), entryNode = kustomizationNode(node.kustomization, [field, index]);
        if (entry && entryNode && typeof entry.name == "string" && sameName(renderedName, rename(entry.name, chain, 0)))
          return {
            file: node.kustomization.file,
            ordinal: 0,
            chain,
            name: entry.name,
            namespace: typeof entry.namespace == "string" ? entry.namespace : void 0,
            base: () => new GeneratorWriter(positioned, entry, entryNode)
          };
      }
    let fieldNode = kustomizationNode(node.kustomization, [field]);
    return {
      file: node.kustomization.file,
      ordinal: 0,
      chain: chains[0] ?? [],
      name: renderedName,
      namespace: void 0,
      base: () => fieldNode ? new GeneratorWriter(positioned, {}, fieldNode) : void 0
    };
  }
  /** Objects of a kind in a file, List items included. */
  candidates(file, kind) {
    let candidates = [];
    for (let document of this.sources.documents(file)) {
      let value = asObject(document.value);
      value && (value.kind === kind ? candidates.push({
        ordinal: document.ordinal,
        basePath: [],
        name: nameOf(value),
        namespace: namespaceOf(value),
        apiVersion: value.apiVersion
      }) : typeof value.kind == "string" && value.kind.endsWith("List") && asArray(value.items).forEach((item, index) => {
        let itemObject = asObject(item);
        itemObject?.kind === kind && candidates.push({
          ordinal: document.ordinal,
          basePath: ["items", index],
          name: nameOf(itemObject),
          namespace: namespaceOf(itemObject),
          apiVersion: itemObject.apiVersion
        });
      }));
    }
    return candidates;
  }
  /** The base, then every writer that applies, in the order Kustomize applied them. */
  applicableWriters(object, resolved) {
    let result = [], base = resolved.base();
    base && result.push({ writer: base, level: 0 });
    let kind = typeof object.kind == "string" ? object.kind : "", { group, version } = splitApiVersion(object.apiVersion), metadata = asObject(object.metadata), renderedName = typeof metadata?.name == "string" ? metadata.name : "", names = [resolved.name], namespaces = [
      ...new Set(
        [resolved.namespace, metadata?.namespace].filter(
          (namespace) => typeof namespace == "string"
        )
      )
    ];
    return resolved.chain.forEach((level, index) => {
      names.push(`${level.prefix}${names[index] ?? ""}${level.suffix}`);
      let identity = {
        group,
        version,
        kind,
        names: [.../* @__PURE__ */ new Set([...names, renderedName])],
        namespaces,
        labels: stringMap2(metadata?.labels),
        annotations: stringMap2(metadata?.annotations)
      };
      for (let writer of writersForKind(level, kind))
        writer.appliesTo(identity) && result.push({ writer, level: index });
    }), result;
  }
};
function nameOf(object) {
  let name = asObject(object.metadata)?.name;
  return typeof name == "string" ? name : "";
}
function namespaceOf(object) {
  let namespace = asObject(object.metadata)?.namespace;
  return typeof namespace == "string" ? namespace : void 0;
}
function closestByName(candidates, renderedName) {
  let best;
  for (let candidate of candidates) {
    if (candidate.name === renderedName)
      return candidate;
    renderedName.includes(candidate.name) && candidate.name.length > (best?.name.length ?? -1) && (best = candidate);
  }
  return best ?? candidates[0];
}
function flattenComponents(node, seen = /* @__PURE__ */ new Set()) {
  let result = [];
  for (let component of node.components)
    seen.has(component) || (seen.add(component), result.push(...flattenComponents(component, seen), component));
  return result;
}
function realPath2(file) {
  try {
    return fs7.realpathSync(file);
  } catch {
    return path6.resolve(file);
  }
}
function push(map2, key, value) {
  let list = map2.get(key);
  list ? list.push(value) : map2.set(key, [value]);
}

// src/load/load.ts
var DEPLOYED_WITH_ANNOTATION = "scaleplan.dev/deployed-with", KUSTOMIZE_GROUP = "kustomize.config.k8s.io";
async function loadInputs(inputs, options) {
  let raw = {
    label: "files",
    manifests: [],
    problems: [],
    skippedDocuments: 0,
    files: []
  }, sets = [], budget = new InputBudget(options.limits), companions = /* @__PURE__ */ new Map();
  for (let input of inputs) {
    if (input.kind === "kustomize") {
      let set2 = loadKustomization(input.absolutePath, input.displayPath, options, budget);
      budget.addDocuments(input.displayPath, set2.manifests.length);
      let companion = deployedWith(input.absolutePath, options.cwd);
      if (companion !== void 0) {
        let context = companions.get(companion);
        if (!context) {
          let loaded = loadKustomization(
            companion,
            displayPath(options.cwd, companion),
            options,
            budget
          );
          context = loaded.problems.length === 0 ? loaded.manifests : [], companions.set(companion, context);
        }
        set2.context = context;
      }
      sets.push(set2);
      continue;
    }
    if (input.kind !== "stdin" && options.cache) {
      let before2 = raw.manifests.length + raw.problems.length + raw.skippedDocuments, { file: file2, parsed } = options.cache.read(
        input.absolutePath,
        input.displayPath,
        (size) => budget.addFile(input.displayPath, size)
      );
      addParsed(raw, file2, parsed, options.defaultNamespace), budget.addDocuments(
        input.displayPath,
        raw.manifests.length + raw.problems.length + raw.skippedDocuments - before2
      );
      continue;
    }
    let file;
    if (input.kind === "stdin") {
      let text = await options.readStdin();
      budget.addFile(input.displayPath, Buffer.byteLength(text)), file = new SourceFile(input.displayPath, text);
    } else
      budget.addFile(input.displayPath, fileSize(input.absolutePath, input.displayPath)), file = readSourceFile(input.absolutePath, input.displayPath);
    let before = raw.manifests.length + raw.problems.length + raw.skippedDocuments;
    addFile(raw, file, options.defaultNamespace), budget.addDocuments(
      input.displayPath,
      raw.manifests.length + raw.problems.length + raw.skippedDocuments - before
    );
  }
  return (raw.files.length > 0 || sets.length === 0) && sets.unshift(raw), sets;
}
function deployedWith(directory, cwd) {
  let kustomization = readKustomizationFields(directory, cwd), value = asObject(asObject(kustomization?.metadata)?.annotations)?.[DEPLOYED_WITH_ANNOTATION];
  if (typeof value != "string" || value.trim() === "")
    return;
  let target = path7.resolve(directory, value.trim());
  try {
    let real = fs8.realpathSync(target), parent = fs8.realpathSync(path7.dirname(directory)), relative = path7.relative(parent, real);
    if (relative === "" || relative.startsWith("..") || path7.isAbsolute(relative))
      return;
  } catch {
    return;
  }
  return kustomizationFileIn(target) ? target : void 0;
}
function readKustomizationFields(directory, cwd) {
  return readKustomization(directory, new SourceCache(cwd))?.fields;
}
function addFile(set2, file, defaultNamespace) {
  addParsed(set2, file, parseSourceFile(file), defaultNamespace);
}
function addParsed(set2, file, { documents, problems }, defaultNamespace) {
  set2.files.push(file);
  for (let problem of problems)
    set2.problems.push({
      kind: "syntax",
      message: problem.message,
      range: { file, start: problem.start, end: problem.end }
    });
  for (let document of documents)
    addDocument(set2, file, document, defaultNamespace);
}
function documentRange(file, ordinal, path9 = []) {
  return file.locateField(ordinal, path9, "key") ?? { file, start: 0, end: Math.min(1, file.text.length) };
}
function addDocument(set2, file, document, defaultNamespace) {
  let object = asObject(document.value);
  if (!object) {
    set2.skippedDocuments++;
    return;
  }
  let hasApiVersion = object.apiVersion !== void 0, hasKind = object.kind !== void 0;
  if (!hasApiVersion && !hasKind) {
    set2.skippedDocuments++;
    return;
  }
  let problem = shapeProblem(object);
  if (problem) {
    set2.problems.push({
      kind: "not-an-object",
      message: problem.message,
      range: documentRange(file, document.ordinal, problem.path)
    });
    return;
  }
  if (typeof object.apiVersion == "string" && object.apiVersion.startsWith(`${KUSTOMIZE_GROUP}/`)) {
    set2.skippedDocuments++;
    return;
  }
  if (isList(object)) {
    object.items.forEach((item, index) => {
      let itemObject = asObject(item), itemProblem = itemObject ? shapeProblem(itemObject) : {
        message: "A List item must be a Kubernetes object (a map with apiVersion and kind).",
        path: []
      };
      if (!itemObject || itemProblem) {
        set2.problems.push({
          kind: "not-an-object",
          message: itemProblem?.message ?? "A List item must be a Kubernetes object.",
          range: documentRange(file, document.ordinal, [
            "items",
            index,
            ...itemProblem?.path ?? []
          ])
        });
        return;
      }
      set2.manifests.push(
        new Manifest(itemObject, file, document.ordinal, ["items", index], defaultNamespace)
      );
    });
    return;
  }
  set2.manifests.push(new Manifest(object, file, document.ordinal, [], defaultNamespace));
}
function isList(object) {
  return typeof object.kind == "string" && object.kind.endsWith("List") && Array.isArray(object.items);
}
function shapeProblem(object) {
  if (typeof object.apiVersion != "string" || object.apiVersion === "")
    return {
      message: object.apiVersion === void 0 ? typeof object.kind == "string" ? `The document has kind "${object.kind}" but no apiVersion.` : "The document has a kind that is not a string, and no apiVersion." : "apiVersion must be a non-empty string.",
      path: object.apiVersion === void 0 ? ["kind"] : ["apiVersion"]
    };
  if (typeof object.kind != "string" || object.kind === "")
    return {
      message: object.kind === void 0 ? `The document has apiVersion "${object.apiVersion}" but no kind.` : "kind must be a non-empty string.",
      path: object.kind === void 0 ? ["apiVersion"] : ["kind"]
    };
  if (object.metadata !== void 0 && object.metadata !== null && !asObject(object.metadata))
    return { message: "metadata must be a map.", path: ["metadata"] };
}
function buildFailure(directory, label, options, error) {
  let filePath = kustomizationFileIn(directory);
  if (!options.buildFailuresAsFindings || !(error instanceof ScaleplanError) || error.code !== "KUSTOMIZE_FAILED" && error.code !== "KUSTOMIZE_BOUNDED" || !filePath)
    return;
  let file = readSourceFile(filePath, displayPath(options.cwd, filePath)), said = error.message.replace(/\s*\n\s*/g, " ").trim().replace(/\.?$/, "."), message = error.code === "KUSTOMIZE_BOUNDED" ? said : `${said} Fix the kustomization, or make the remote base reachable (or vendor it).`, { start, end } = failingEntry(file.text, message);
  return {
    label,
    manifests: [],
    problems: [{ kind: "kustomize-build", message, range: { file, start, end } }],
    skippedDocuments: 0,
    files: [file]
  };
}
function refusedKustomization(directory, label, options, refused) {
  if (!options.buildFailuresAsFindings) {
    let [first] = refused, position = first.file.position(first.start);
    throw new ScaleplanError(
      "KUSTOMIZE_FAILED",
      `${displayPath(options.cwd, directory)} was not built: ${first.message}`,
      { file: first.file.path, line: position.line, column: position.column }
    );
  }
  return {
    label,
    manifests: [],
    problems: refused.map((problem) => ({
      kind: "kustomize-build",
      message: problem.message,
      range: { file: problem.file, start: problem.start, end: problem.end }
    })),
    skippedDocuments: 0,
    files: [...new Set(refused.map((problem) => problem.file))]
  };
}
function failingEntry(text, message) {
  let entry = /^[ \t]*-[ \t]+(?:"([^"\n]+)"|'([^'\n]+)'|([^#\n]*[^\s#]))/gm, best;
  for (let match2 = entry.exec(text); match2; match2 = entry.exec(text)) {
    let value = match2[1] ?? match2[2] ?? match2[3] ?? "";
    if (value.length > (best?.length ?? 0) && message.includes(value)) {
      let start = match2.index + match2[0].length - value.length - (match2[3] ? 0 : 1);
      best = { start, end: start + value.length + (match2[3] ? 0 : 2), length: value.length };
    }
  }
  if (best)
    return best;
  let firstLine = text.indexOf(`
`);
  return { start: 0, end: firstLine === -1 ? text.length : firstLine };
}
function loadKustomization(directory, label, options, budget) {
  let sources = new SourceCache(options.cwd), refused = prescanKustomization(
    directory,
    sources,
    {
      admitFile: (shown, size) => budget.addFile(shown, size),
      admitDocuments: (shown, count) => budget.addDocuments(shown, count)
    },
    options.cwd
  );
  if (refused.length > 0)
    return refusedKustomization(directory, label, options, refused);
  let rendered;
  try {
    rendered = renderWithOrigins(directory, options.env, options.cwd, {
      timeoutSeconds: budget.limits.renderTimeoutSeconds,
      memoryMiB: budget.limits.renderMemoryMiB
    });
  } catch (error) {
    let failed = buildFailure(directory, label, options, error);
    if (failed)
      return failed;
    throw error;
  }
  let { text, originBase } = rendered, stream = new SourceFile(`${label} (kustomize build)`, text), set2 = { label, manifests: [], problems: [], skippedDocuments: 0, files: [] }, sourceMap = KustomizeSourceMap.build(directory, sources), { documents, problems } = parseSourceFile(stream);
  for (let problem of problems)
    set2.problems.push({
      kind: "syntax",
      message: problem.message,
      range: { file: stream, start: problem.start, end: problem.end }
    });
  let files = /* @__PURE__ */ new Set();
  for (let document of documents) {
    let object = asObject(document.value);
    if (!object || typeof object.kind != "string") {
      set2.skippedDocuments++;
      continue;
    }
    let originText = asObject(asObject(object.metadata)?.annotations)?.[ORIGIN_ANNOTATION], origin = parseOrigin(typeof originText == "string" ? originText : void 0, originBase), cleaned = withoutBuildAnnotations(object), locator = sourceMap.locatorFor(cleaned, origin) ?? streamLocator(stream, document.ordinal);
    set2.manifests.push(
      new Manifest(
        cleaned,
        locator.file,
        locator.ordinal,
        [],
        options.defaultNamespace,
        locator.locate
      )
    ), files.add(locator.file);
  }
  return sourceMap.files.forEach((file) => files.add(file)), set2.files.push(...files), set2;
}
function streamLocator(stream, ordinal) {
  return {
    file: stream,
    ordinal,
    locate: (path9, target) => stream.locateField(ordinal, path9, target)
  };
}
function withoutBuildAnnotations(object) {
  let metadata = asObject(object.metadata), annotations = asObject(metadata?.annotations);
  if (!metadata || !annotations)
    return object;
  let {
    [ORIGIN_ANNOTATION]: _origin,
    [TRANSFORMATIONS_ANNOTATION]: _transformations,
    ...rest
  } = annotations, cleanedMetadata = Object.keys(rest).length === 0 ? Object.fromEntries(Object.entries(metadata).filter(([key]) => key !== "annotations")) : { ...metadata, annotations: rest };
  return { ...object, metadata: cleanedMetadata };
}

// src/k8s/autoscaling.ts
var HPA_KIND = "HorizontalPodAutoscaler", SCALED_OBJECT_KIND = "ScaledObject", VPA_KIND = "VerticalPodAutoscaler";
function isAutoscalerKind(kind) {
  return kind === HPA_KIND || kind === SCALED_OBJECT_KIND;
}
function readTargetRef(manifest) {
  let field = manifest.kind === VPA_KIND ? "targetRef" : "scaleTargetRef", ref = asObject(manifest.get(["spec", field]));
  if (!ref)
    return;
  let name = ref.name;
  if (typeof name != "string" || name === "")
    return;
  let isKeda = manifest.kind === SCALED_OBJECT_KIND, kind = typeof ref.kind == "string" && ref.kind !== "" ? ref.kind : isKeda ? "Deployment" : "";
  return kind === "" ? void 0 : { apiVersion: typeof ref.apiVersion == "string" && ref.apiVersion !== "" ? ref.apiVersion : isKeda ? "apps/v1" : void 0, kind, name, path: ["spec", field] };
}
function wholeNumber(value) {
  return typeof value == "number" && Number.isInteger(value) ? value : void 0;
}
function readAutoscaler(manifest) {
  let isKeda = manifest.kind === SCALED_OBJECT_KIND, minField = isKeda ? "minReplicaCount" : "minReplicas", maxField = isKeda ? "maxReplicaCount" : "maxReplicas", rawMin = manifest.get(["spec", minField]), rawMax = manifest.get(["spec", maxField]), defaultMin = isKeda ? 0 : 1;
  return {
    manifest,
    target: readTargetRef(manifest),
    minReplicas: rawMin == null ? defaultMin : wholeNumber(rawMin) ?? defaultMin,
    minReplicasPath: ["spec", minField],
    maxReplicas: rawMax === void 0 && isKeda ? 100 : wholeNumber(rawMax),
    maxReplicasPath: ["spec", maxField]
  };
}
function groupOf(apiVersion) {
  if (!apiVersion)
    return "";
  let slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function readHpaMetrics(manifest) {
  if (manifest.apiVersion === "autoscaling/v1")
    return [
      {
        type: "Resource",
        name: "cpu",
        container: void 0,
        targetType: "Utilization",
        path: manifest.get(["spec", "targetCPUUtilizationPercentage"]) === void 0 ? ["spec"] : ["spec", "targetCPUUtilizationPercentage"]
      }
    ];
  let metrics = manifest.get(["spec", "metrics"]);
  return asArray(metrics).flatMap((entry, index) => {
    let metric = asObject(entry), type2 = metric?.type;
    if (!metric || typeof type2 != "string")
      return [];
    let path9 = ["spec", "metrics", index], sourceKey = type2.charAt(0).toLowerCase() + type2.slice(1), source = asObject(metric[sourceKey]);
    if (type2 === "Resource" || type2 === "ContainerResource") {
      let target2 = asObject(source?.target), legacyType = source?.targetAverageUtilization !== void 0 ? "Utilization" : source?.targetAverageValue !== void 0 ? "AverageValue" : void 0;
      return [
        {
          type: type2,
          name: typeof source?.name == "string" ? source.name : void 0,
          container: typeof source?.container == "string" ? source.container : void 0,
          targetType: typeof target2?.type == "string" ? target2.type : legacyType,
          path: path9
        }
      ];
    }
    let metricId = asObject(source?.metric), name = typeof metricId?.name == "string" ? metricId.name : typeof source?.metricName == "string" ? source.metricName : void 0, target = asObject(source?.target);
    return [
      {
        type: type2,
        name,
        container: void 0,
        targetType: typeof target?.type == "string" ? target.type : void 0,
        path: path9
      }
    ];
  });
}
var DEFAULT_SCALE_DOWN = {
  stabilizationWindowSeconds: 300,
  selectPolicy: "Max",
  policies: [{ type: "Percent", value: 100, periodSeconds: 15 }],
  explicit: { stabilization: !1, policies: !1 }
}, DEFAULT_SCALE_UP = {
  stabilizationWindowSeconds: 0,
  selectPolicy: "Max",
  policies: [
    { type: "Percent", value: 100, periodSeconds: 15 },
    { type: "Pods", value: 4, periodSeconds: 15 }
  ],
  explicit: { stabilization: !1, policies: !1 }
};
function behaviorPath(manifest) {
  return manifest.kind === SCALED_OBJECT_KIND ? ["spec", "advanced", "horizontalPodAutoscalerConfig", "behavior"] : ["spec", "behavior"];
}
function effectiveScalingRules(manifest, direction) {
  let defaults2 = direction === "scaleUp" ? DEFAULT_SCALE_UP : DEFAULT_SCALE_DOWN, rules = asObject(manifest.get([...behaviorPath(manifest), direction]));
  if (!rules)
    return defaults2;
  let window = rules.stabilizationWindowSeconds, hasWindow = typeof window == "number" && Number.isInteger(window) && window >= 0, select = rules.selectPolicy, policies = asArray(rules.policies).flatMap((entry) => {
    let policy = asObject(entry);
    if (!policy)
      return [];
    let { type: type2, value, periodSeconds } = policy;
    return type2 !== "Pods" && type2 !== "Percent" || typeof value != "number" || typeof periodSeconds != "number" ? [] : [{ type: type2, value, periodSeconds }];
  }), hasPolicies = rules.policies !== void 0 && rules.policies !== null;
  return {
    stabilizationWindowSeconds: hasWindow ? window : defaults2.stabilizationWindowSeconds,
    selectPolicy: select === "Min" || select === "Disabled" || select === "Max" ? select : "Max",
    policies: hasPolicies ? policies : defaults2.policies,
    explicit: { stabilization: hasWindow, policies: hasPolicies }
  };
}
function readScaledObjectResourceMetrics(manifest) {
  return asArray(manifest.get(["spec", "triggers"])).flatMap((entry, index) => {
    let trigger = asObject(entry), type2 = trigger?.type;
    if (type2 !== "cpu" && type2 !== "memory")
      return [];
    let metadata = asObject(trigger?.metadata), container = typeof metadata?.containerName == "string" && metadata.containerName !== "" ? metadata.containerName : void 0, metricType = trigger?.metricType ?? metadata?.type;
    return [
      {
        type: container === void 0 ? "Resource" : "ContainerResource",
        name: type2,
        container,
        targetType: typeof metricType == "string" ? metricType : "Utilization",
        path: ["spec", "triggers", index]
      }
    ];
  });
}
function readAutoscalerResourceMetrics(manifest) {
  return (manifest.kind === SCALED_OBJECT_KIND ? readScaledObjectResourceMetrics(manifest) : readHpaMetrics(manifest)).filter(
    (metric) => metric.type === "Resource" || metric.type === "ContainerResource"
  );
}
function metricNamePath(autoscaler, metric) {
  return autoscaler.kind === SCALED_OBJECT_KIND ? [...metric.path, "type"] : autoscaler.apiVersion === "autoscaling/v1" ? ["spec", "targetCPUUtilizationPercentage"] : [...metric.path, metric.type === "Resource" ? "resource" : "containerResource", "name"];
}

// node_modules/balanced-match/dist/esm/index.js
var range2 = (a, b, str2) => {
  let begs, beg, left, right, result, ai = str2.indexOf(a), bi = str2.indexOf(b, ai + 1), i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b)
      return [ai, bi];
    for (begs = [], left = str2.length; i >= 0 && !result; ) {
      if (i === ai)
        begs.push(i), ai = str2.indexOf(a, i + 1);
      else if (begs.length === 1) {
        let r = begs.pop();
        r !== void 0 && (result = [r, bi]);
      } else
        beg = begs.pop(), beg !== void 0 && beg < left && (left = beg, right = bi), bi = str2.indexOf(b, i + 1);
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    begs.length && right !== void 0 && (result = [left, right]);
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0", escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0", escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0", escComma = "\0COMMA" + Math.random().toFixed(16) + "\0", escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0", escSlashPattern = new RegExp(escSlash, "g"), escOpenPattern = new RegExp(escOpen, "g"), escClosePattern = new RegExp(escClose, "g"), escCommaPattern = new RegExp(escComma, "g"), escPeriodPattern = new RegExp(escPeriod, "g"), slashPattern = /\\\\/g, openPattern = /\\{/g, closePattern = /\\}/g, commaPattern = /\\,/g, periodPattern = /\\\./g, EXPANSION_MAX = 1e5, EXPANSION_MAX_LENGTH = 4e6, EXPANSION_MAX_DEPTH = 1e3, EXPANSION_MAX_REWRITES = 1e3, EXPANSION_MAX_STEPS = 2e7, CALL_STEPS = 16;
function numeric(str2) {
  return isNaN(str2) ? str2.charCodeAt(0) : parseInt(str2, 10);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++)
    target.push(items[i]);
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0)
    return;
  let r = range2("{", "}", masked), unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  if (budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length, !(!r || budget.remaining < 0))
    return {
      end: r[1],
      pre: str2.slice(0, r[0]),
      body: str2.slice(r[0] + 1, r[1]),
      post: str2.slice(r[1] + 1),
      unmatched
    };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  let open = [];
  for (let i = 0; i < masked.length; i++) {
    let c = masked.charCodeAt(i);
    c === 123 ? open.push(i) : c === 125 && open.length && open.pop();
  }
  let out = "", last = 0;
  for (let i = 0; i < open.length; i++) {
    let at = open[i];
    out += masked.slice(last, at) + "\0", last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  if (budget.remaining -= str2.length, budget.remaining < 0)
    return !1;
  let close = !1;
  for (let i = str2.length - 1; i >= 0; i--) {
    let c = str2.charCodeAt(i);
    if (c === 125)
      close = !0;
    else if (c === 10 || c === 13 || c === 8232 || c === 8233)
      close = !1;
    else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44)
      return !0;
  }
  return !1;
}
function parseCommaParts(str2, budget) {
  let parts = [], carry = "";
  for (; ; ) {
    let m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0)
      return;
    if (!m) {
      let tail = str2.split(",");
      return tail[0] = carry + tail[0], pushAll(parts, tail), parts;
    }
    let { pre, body, post } = m, p = pre.split(",");
    if (p[0] = carry + p[0], p[p.length - 1] += "{" + body + "}", !post.length)
      return pushAll(parts, p), parts;
    carry = p.pop(), pushAll(parts, p), str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2)
    return [];
  let max = bound(options.max, EXPANSION_MAX), maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH), maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH), maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES), maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  return str2.slice(0, 2) === "{}" && (str2 = "\\{\\}" + str2.slice(2)), expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, !0).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  let out = [], length = 0, nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    let prefix2 = acc[a] + pre, vs = values;
    dropEmpties && !prefix2 && (nonEmpty || (nonEmpty = values.filter((v) => v)), vs = nonEmpty);
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      let expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion), length += expansion.length;
    }
  }
  return budget.remaining -= out.length, out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  let n = body.split(/\.\./), N = [];
  if (n[0] === void 0 || n[1] === void 0)
    return N;
  let x = numeric(n[0]), y = numeric(n[1]), width = Math.max(n[0].length, n[1].length), incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1, test = lte;
  y < x && (incr *= -1, test = gte);
  let pad = n.some(isPadded), cost = pad ? width : 1, length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    if (budget.remaining -= cost, budget.remaining < 0)
      return;
    let c;
    if (isAlphaSequence)
      c = String.fromCharCode(i), c === "\\" && (c = "");
    else if (c = String(i), pad) {
      let need = width - c.length;
      if (need > 0) {
        let z = new Array(need + 1).join("0");
        i < 0 ? c = "-" + z + c.slice(1) : c = z + c;
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c), length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  if (budget.remaining -= CALL_STEPS, depth > maxDepth)
    return [str2];
  let acc = [""], rewrites = 0, dropEmpties = !1, firstGroup = !0, masked = str2;
  for (; ; ) {
    let m = balancedWithBudget(str2, masked, budget);
    if (!m)
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    m.unmatched && (masked = maskUnmatchedOpens(masked, budget));
    let pre = m.pre, literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      if (acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget), firstGroup = !1, !m.post.length)
        break;
      str2 = m.post, masked = masked.slice(m.end + 1);
      continue;
    }
    let isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body), isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body), isSequence = isNumericSequence || isAlphaSequence, isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++, str2 = m.pre + "{" + m.body + escClose + m.post, masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1), isTop = !0;
        continue;
      }
      return literal2();
    }
    firstGroup && (dropEmpties = isTop && !isSequence, firstGroup = !1);
    let values;
    if (isSequence) {
      if (values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget), !values)
        return literal2();
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n)
        return literal2();
      if (n.length === 1 && n[0] !== void 0) {
        if (n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1).map(embrace), budget.remaining < 0)
          return literal2();
        if (n.length === 1) {
          let next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0)
            return literal2();
          if (acc = next2, !m.post.length)
            break;
          str2 = m.post, masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++)
        acc[d] && (dropsEmpties = !1);
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        let expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, !1);
        if (budget.remaining < 0)
          return literal2();
        for (let k = 0; k < expanded.length; k++) {
          let v = expanded[k];
          if (!(dropsEmpties && !v)) {
            if (values.length >= max || valuesLength + v.length > maxLength)
              break outer;
            values.push(v), valuesLength += v.length;
          }
        }
      }
    }
    let next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0)
      return literal2();
    if (acc = next, !m.post.length)
      break;
    str2 = m.post, masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) }, prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]), fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0], hi = +b[0], ra = a.slice(1), rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  let zeros = "0".repeat(ra.length), nines = "9".repeat(ra.length), out = [];
  ra !== zeros && out.push(...prefix(lo++, fixed(ra, nines)));
  let last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  return lo <= hi && out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]), out.push(...last), out;
}, nonneg = (a, b, width) => {
  if (width)
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  let out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    let lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1)), hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
}, numericRange = (loStr, hiStr) => {
  let lo = Number(loStr), hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  lo > hi && ([lo, hi] = [hi, lo]);
  let width = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr) ? Math.max(loStr.length, hiStr.length) : 0, out = [];
  if (lo < 0) {
    let neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  return hi >= 0 && out.push(...nonneg(Math.max(lo, 0), hi, width)), out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", !0],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", !0],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
}, braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&"), noMatch = /$./, parseClass = (glob, position, nocase = !1, form) => {
  let norm = (c) => {
    let n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  }, pos = position;
  if (glob.charAt(pos) !== "[")
    throw new Error("not in a brace expression");
  let ranges = [], negs = [], i = pos + 1, sawStart = !1, escaping = !1, negate = !1, endPos = pos, rangeStart = "";
  WHILE: for (; i < glob.length; ) {
    let c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = !0, i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    if (sawStart = !0, c === "\\" && !escaping) {
      escaping = !0, i++;
      continue;
    }
    if (c === "[" && !escaping) {
      for (let [cls, [unip, neg]] of Object.entries(posixClasses))
        if (glob.startsWith(cls, i)) {
          if (rangeStart)
            return [noMatch, glob.length - pos];
          i += cls.length, neg ? negs.push(unip) : ranges.push(unip);
          continue WHILE;
        }
    }
    escaping = !1;
    let n = norm(c);
    if (rangeStart) {
      n.codePointAt(0) > rangeStart.codePointAt(0) ? ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n)) : n === rangeStart && ranges.push(braceEscape(n)), rangeStart = "", i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-")), i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n, i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n)), i += c.length;
  }
  if (endPos < i)
    return [noMatch, 0];
  if (!ranges.length && !negs.length)
    return [noMatch, glob.length - pos];
  let sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]", snegs = "[" + (negate ? "" : "^") + negs.join("") + "]", comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 }, extTypes = "!?+*@", lit = (ch) => ({ t: "lit", ch }), reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu"), foldCache = /* @__PURE__ */ new Map(), foldRe = (ch) => {
  let re = foldCache.get(ch);
  return re || (re = newFoldRe(ch), foldCache.size >= 1e3 && foldCache.clear(), foldCache.set(ch, re)), re;
}, litMatch = (l, c) => {
  if (c === l.ch)
    return !0;
  if (!l.re)
    return !1;
  let code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  let ascii = l.ascii ??= new Uint8Array(128);
  return ascii[code] ||= l.re.test(c) ? 1 : 2, ascii[code] === 1;
}, tokenize = (p, nocase, noext, form, mark) => {
  let toks = [];
  for (let i = 0; i < p.length; ) {
    let c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      let m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        let start = i + m + mark.length, end = p.indexOf(mark, start), r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end)), alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts }), i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      let e = p.codePointAt(i + 1), ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch)), i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      let [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re }), i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c }), i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c)), i += c.length;
  }
  return toks;
}, pair = (toks) => {
  let pairs2 = /* @__PURE__ */ new Map(), stack = [];
  return toks.forEach((tok, i) => {
    tok.t === "open" ? stack.push(i) : tok.t === "close" && stack.length && pairs2.set(stack.pop(), i);
  }), pairs2;
}, build = (toks, pairs2, start, end, top) => {
  let seq2 = [], alts = [seq2];
  for (let i = start; i < end; i++) {
    let tok = toks[i], close = pairs2.get(i);
    if (tok.t === "open" && close !== void 0) {
      let sub = build(toks, pairs2, i + 1, close, !1);
      seq2.push({ t: "ext", type: tok.type, alts: sub }), i = close;
    } else tok.t === "bar" && !top ? alts.push(seq2 = []) : tok.t === "open" ? seq2.push(lit(tok.type), lit("(")) : tok.t === "bar" ? seq2.push(lit("|")) : tok.t === "close" ? seq2.push(lit(")")) : seq2.push(tok);
  }
  return alts;
}, normalize = (items, form) => {
  let out = [], run = "", flush = () => {
    for (let ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (let it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush(), out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  return flush(), out;
}, compile = (items, nocase) => {
  let id = 1, split = (out) => ({ t: "split", id: id++, out }), seq2 = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next), item = (it, next) => {
    switch (it.t) {
      case "lit":
        let re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    let alts = (next2) => it.alts.map((a) => seq2(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    let after = split([]), entry = split(alts(after));
    return after.out.push(next, entry), it.type === "*" ? after : entry;
  };
  return [seq2(items, MATCH), id];
}, show = (start) => {
  let lines = [], seen = /* @__PURE__ */ new Set(), ref = (n) => n.t === "match" ? "match" : String(n.id), walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    let line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (let o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        return line(`!(${ref(n.sub)}) -> ${ref(n.next)}`), walk2(n.sub, indent + "  "), walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  return walk2(start, ""), [`start -> ${ref(start)}`, ...lines].join(`
`);
}, State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = !1;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
}, sameState = (a, b) => a.ids.length !== b.ids.length || a.runs.length !== b.runs.length || a.ids.some((id, i) => id !== b.ids[i]) ? !1 : a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state))), marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
}), Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots, this.dotStart = dotStart, this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    return state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b), state.match && state.ids.unshift(MATCH.id), state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    let { seen } = this.#marks;
    return seen[node.id] === state.gen ? !1 : (seen[node.id] = state.gen, !0);
  }
  #addThread(state, node) {
    let { has } = this.#marks;
    return has[node.id] === state.gen ? !1 : (has[node.id] = state.gen, state.threads.push(node), !0);
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (let o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        let sub = this.state();
        return this.add(sub, node.sub, i, !1), this.done(sub), this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        this.#addThread(state, node) && this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = !0;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (let r of state.runs)
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    state.runs.push(run), run.state.match || this.add(state, run.neg.next, i, top);
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    let next = this.state();
    for (let th of state.threads)
      switch (th.t) {
        case "lit":
          litMatch(th, c) && this.add(next, th.next, i + 1, top);
          break;
        case "any":
          this.restricted(i, top) || this.add(next, th.next, i + 1, top);
          break;
        case "class":
          !this.restricted(i, top) && th.re.test(c) && this.add(next, th.next, i + 1, top);
          break;
        case "star":
          this.restricted(i, top) || this.add(next, th, i + 1, top);
      }
    if (!this.restricted(i, top))
      for (let run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        let sub = this.step(run.state, c, i, !1);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    return this.done(next);
  }
}, stateKey = (state) => {
  let ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  let runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
}, DFA_BUDGET = 1 << 18, Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start, this.#sim = new Sim(!1, !1, marks2), this.#dotSim = new Sim(!1, !0, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    let key = stateKey(state), found = this.#states.get(key);
    if (found)
      return found;
    this.#size > DFA_BUDGET && this.#clear();
    let d = this.#make(state);
    return this.#states.set(key, d), this.#size += key.length + 1, d;
  }
  #clear() {
    this.#states.clear(), this.#size = 0, this.#plain = void 0, this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      let state2 = this.#dotSim.state();
      return this.#dotSim.add(state2, this.#start, 0, !0), this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    let state = this.#sim.state();
    return this.#sim.add(state, this.#start, 0, !0), this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    let code = c.charCodeAt(0), found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    let n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, !0)) : this.#intern(this.#sim.step(d.state, c, 1, !0));
    return code < 128 ? (d.ascii || (d.ascii = new Array(128), this.#size += 128), d.ascii[code] = n) : d.next.set(c, n), this.#size++, n;
  }
}, linear = (start) => {
  let nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return;
    nodes.push(n);
  }
  return nodes;
}, testLinear = (nodes, chars, start, end) => {
  let ni = 0, ci = start, starNi = -1, starCi = 0;
  for (; ci < end; ) {
    let n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++, starCi = ci;
      continue;
    }
    let c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++, ci++;
      continue;
    }
    if (starNi === -1)
      return !1;
    ni = starNi + 1, ci = ++starCi;
  }
  for (; nodes[ni]?.t === "star"; )
    ni++;
  return ni === nodes.length;
}, lengths = (items) => {
  let min = 0, max = 0;
  for (let it of items) {
    let [lo, hi] = itemLengths(it);
    min += lo, max += hi;
  }
  return [min, max];
}, itemLengths = (it) => {
  if (it.t === "star")
    return [0, 1 / 0];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, 1 / 0];
  let alts = it.alts.map(lengths), min = Math.min(...alts.map((a) => a[0])), max = Math.max(...alts.map((a) => a[1])), loop = max === 0 ? 0 : 1 / 0;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
}, hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++)
    if (!litMatch(lits[j], chars[start + j]))
      return !1;
  return !0;
}, slashOrSurrogate = /[/\ud800-\udfff]/, surrogate = /[\ud800-\udfff]/, codePoints = (s) => surrogate.test(s) ? [...s] : s, noSlash = (s) => {
  if (s.includes("/"))
    throw new Error("can only match a single path portion, got: " + s);
}, Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = !1;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = !1;
  // the least and most chars that a match can have
  #min = 0;
  #max = 1 / 0;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = !1;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/"))
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    this.pattern = pattern, this.options = options;
    let { nocase = !1, noext = !1, normalize: n } = options;
    this.#form = n === !0 ? "NFC" : n || void 0;
    let literal2 = /^[?*+@]\(\)$/.test(pattern), toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark), [items] = build(toks, pair(toks), 0, toks.length, !0);
    this.#form && (items = normalize(items, this.#form));
    let [start, size] = compile(items, nocase);
    if (this.#start = start, this.#size = size, items.every((it) => it.t === "lit"))
      this.#literal = items.map((it) => it.ch).join(""), this.#literalFold = nocase;
    else {
      let lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (let it of items) {
        let l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        let l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length), nocase || (this.#prefixStr = this.#prefix.map((l) => l.ch).join(""), this.#suffixStr = this.#suffix.map((l) => l.ch).join("")), this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0), this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      let [min, max] = lengths(items);
      this.#min = min, this.#max = max;
    }
  }
  test(s) {
    return this.#form ? (noSlash(s), this.#test(s.normalize(this.#form))) : slashOrSurrogate.test(s) ? (noSlash(s), this.#test(s, [...s])) : this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0)
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    let min = this.#min, max = this.#max;
    if (chars === void 0) {
      let most = s.length, least = most + 1 >> 1;
      if (most < min || least > max)
        return !1;
      (least < min || most > max) && (chars = codePoints(s));
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max))
      return !1;
    let prefix2 = this.#prefix.length;
    if (this.#affix)
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr))
          return !1;
      } else {
        chars ??= codePoints(s);
        let end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end))
          return !1;
      }
    let dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === ".." || dotStart && !prefix2)
        return !1;
      if (this.#wild)
        return !0;
      chars ??= codePoints(s);
      let end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    if (chars ??= codePoints(s), s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      let sim = this.#dotsSim ??= new Sim(!0, !1, this.#marks), start = sim.state();
      sim.add(start, this.#start, 0, !0);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++)
        state = sim.step(state, chars[i], i, !0);
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    let dfa = this.#dfa ??= new Dfa(this.#start, this.#marks), d = dfa.start(dotStart), str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return !1;
      let code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var assertValidPattern = (pattern) => {
  if (typeof pattern != "string")
    throw new TypeError("invalid pattern");
  if (pattern.length > 65536)
    throw new TypeError("pattern is too long");
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = !1, magicalBraces = !1 } = {}) => {
  let e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&"), c = e.charAt(0);
  return c === "#" ? (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1) : c === "!" ? (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1) : e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = !1, magicalBraces = !0 } = {}) => windowsPathsNoEscape && s.startsWith("@(!)") ? "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }) : magicalBraces ? windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1") : windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5, DEFAULT_GLOB_STAR_RECURSION_MAX = 200, AWE_KEY = "allowWindowsEscape", minimatch = (p, pattern, options) => (assertValidPattern(pattern), !options?.nocomment && pattern.charAt(0) === "#" ? !1 : cachedMinimatch(pattern, options).match(p)), cache = /* @__PURE__ */ new Map(), oldCache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0, cacheMax = 256, cacheMaxWeight = 32768, cacheMaxEntryWeight = 4096, cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (let s of mm.globSet)
    if (w += s.length + 1, w > cacheMaxEntryWeight)
      break;
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1, booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i])), optionsKey = (o) => {
  let n = 0, wpe = !1;
  for (let k in o) {
    let v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        v && (wpe = !0);
        break;
      case AWE_KEY:
        v === !1 && (wpe = !0);
        break;
      case "platform": {
        let p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX)
          return JSON.stringify(o);
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX)
          return JSON.stringify(o);
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
}, copyOptions = (o) => {
  let copy = {};
  for (let k in o)
    copy[k] = o[k];
  return copy;
}, cachedMinimatch = (pattern, options) => {
  let key = options ? optionsKey(options) : 0, mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  let weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) && (oldCache = cache, cache = /* @__PURE__ */ new Map(), cacheSize = 0, cacheTotalWeight = 0);
  let byPattern = cache.get(key);
  return byPattern || cache.set(key, byPattern = /* @__PURE__ */ new Map()), byPattern.set(pattern, mm), cacheSize++, cacheTotalWeight += weight, mm;
}, defaultPlatform = typeof process == "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix", path8 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
}, sep = defaultPlatform === "win32" ? path8.win32.sep : path8.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b), defaults = (def) => {
  if (!def || typeof def != "object" || !Object.keys(def).length)
    return minimatch;
  let orig = minimatch;
  return Object.assign((p, pattern, options = {}) => orig(p, pattern, ext(def, options)), {
    Minimatch: class extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  if (assertValidPattern(pattern), options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern))
    return [pattern];
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  return (options.windowsPathsNoEscape || options[AWE_KEY] === !1) && (p = p.replace(/\[([{}])\]/g, "[\\$1]")), expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100, rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g, inRepeatOrNegExt = (portion, mark) => {
  let stack = [];
  for (let i = 0; i < portion.length; i++) {
    let c = portion.charAt(i);
    if (c === "\\")
      i++;
    else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return !0;
    } else portion.charAt(i + 1) === "(" && "!?+*@".includes(c) ? (stack.push(c), i++) : c === ")" && stack.pop();
  }
  return !1;
}, match = (list, pattern, options = {}) => {
  let mm = new Minimatch(pattern, options);
  return list = list.filter((f) => mm.match(f)), mm.options.nonull && !list.length && list.push(pattern), list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/, classEnd = (pattern, start) => {
  let i = start + 1;
  (pattern.charAt(i) === "!" || pattern.charAt(i) === "^") && i++;
  let sawStart = !1;
  for (; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = !0, c === "\\" && i++;
  }
  return -1;
}, literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\")
      lit2 += pattern.charAt(++i) || c;
    else {
      if (c === "*" || c === "?")
        return;
      if (c === "[") {
        let close = classEnd(pattern, i);
        if (close === -1) {
          lit2 += c;
          continue;
        }
        let body = pattern.slice(i + 1, close);
        if (body.startsWith("\\") && (body = body.slice(1)), [...body].length !== 1 || "!^".includes(pattern.charAt(i + 1)))
          return;
        lit2 += body, i = close;
      } else {
        if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2))
          return;
        lit2 += c;
      }
    }
  }
  return lit2;
}, MAX_EXTGLOBS = 256, extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    let c = pattern.charAt(i);
    c === "\\" ? i++ : "+@!?*".includes(c) && pattern.charAt(i + 1) === "(" && (n++, i++);
  }
  return n;
}, assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS)
    throw new TypeError("pattern has too many extglobs");
}, extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return !1;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    let c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return !1;
    } else if (c === "[") {
      let close = classEnd(pattern, i);
      close !== -1 && (i = close);
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(")
      depth++, i++;
    else if (c === ")") {
      if (!depth--)
        return !1;
    } else if (c === "|" && !depth)
      return !1;
  }
  return !depth;
}, lastSplit, lastChecked, portionMatch = (p, f) => typeof p == "string" ? f === p : f !== "" && p.testUnchecked(f), endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1, isDots = (p) => p === "." || p === "..", isDrive = (p) => typeof p == "string" && /^[a-z]:$/i.test(p), isLongUNC = (p) => typeof p == "string" && /^unc$/i.test(p), uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  let h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1, host = p[h], share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
}, walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith(".")), dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return !0;
      let n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return !0;
    }
    let s = nextSep(f, k, sep2);
    if (s === -1)
      return !1;
    for (k = s + 1; k < end && isSep(f.charCodeAt(k), sep2); )
      k++;
  }
  return !1;
}, isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92, nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  let s = f.indexOf("/", from), b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
}, lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from)), PENDING = {}, Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = !1;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern), options = options || {}, this.options = options, this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX, this.pattern = pattern, this.platform = options.platform || defaultPlatform, this.isWindows = this.platform === "win32", this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === !1, this.windowsPathsNoEscape && (this.pattern = this.pattern.replace(/\\/g, "/")), this.preserveMultipleSlashes = !!options.preserveMultipleSlashes, this.negate = !1, this.nonegate = !!options.nonegate, this.comment = !1, this.empty = !1, this.partial = !!options.partial, this.nocase = !!this.options.nocase, this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase), this.globSet = [], this.globParts = [], this.set = [], this.#endCheck = !this.preserveMultipleSlashes, this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    let n = options.normalize;
    this.#form = n === !0 ? "NFC" : n || void 0, this.make();
    let drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]), this.#literals = this.set.map((row, r) => {
      let end = this.#endRows[r] ? row.length - 1 : row.length, lits = row.slice(drives[r] + 1, end).filter((p) => typeof p == "string" && !!p);
      return [...new Set(lits)];
    }), this.#literalCheck = this.#literals.some((l) => l.length), this.#shapes = this.set.map((row, r) => {
      let [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2 && p0 === GLOBSTAR && p1 !== GLOBSTAR)
        return "tail";
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "")
        return "base";
      if (!(!this.#endCheck || drives[r] !== -1)) {
        if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
        this.maxGlobstarRecursion > 0)
          return "mid";
        if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "")
          return "head";
      }
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    if (row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]))
      return 3;
    let h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1)
      return !0;
    for (let pattern of this.set)
      for (let part of pattern)
        if (typeof part != "string")
          return !0;
    return !1;
  }
  make() {
    let pattern = this.pattern, options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = !0;
      return;
    }
    if (!pattern) {
      this.empty = !0;
      return;
    }
    this.parseNegate(), this.globSet = [...new Set(this.#expandBraces())];
    let rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts), this.#pending = !0;
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        let n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4, isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p)), isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC)
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        if (isDrive2)
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
      }
      return s.map((ss) => this.parse(ss));
    });
    if (this.set = set2.filter((s) => s.indexOf(!1) === -1), this.isWindows)
      for (let i = 0; i < this.set.length; i++) {
        let p = this.set[i];
        p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3])) && (isLongUNC(this.globParts[i][3]) && (p[3] = "UNC"), p[2] = "?");
      }
    options.noext || this.mergeRows(), this.#pending = !1, this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++)
        row[k] === PENDING && (row[k] = this.parse(this.globParts[i][k]));
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = !0;
    for (; merged; ) {
      if (merged = !1, this.set.length < 2)
        return;
      let keys = this.#mergeKeys(), len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        let groups = /* @__PURE__ */ new Map(), R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k]))
            return;
          let { pre, suf } = keys[i], key = pre[k] * R + suf[k + 1], g = groups.get(key);
          g ? g.push(i) : groups.set(key, [i]);
        });
        let drop = /* @__PURE__ */ new Set();
        for (let g of groups.values()) {
          if (g.length < 2)
            continue;
          let [first, ...rest] = g, glob = `@(${g.map((i) => this.globParts[i][k]).join("|")})`;
          if (!(extglobCount(glob) > MAX_EXTGLOBS)) {
            this.globParts[first][k] = glob, this.set[first][k] = this.parse(glob);
            for (let i of rest)
              drop.add(i);
          }
        }
        if (drop.size) {
          if (merged = !0, this.set = this.set.filter((_, i) => !drop.has(i)), this.globParts = this.globParts.filter((_, i) => !drop.has(i)), this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    let partIds = /* @__PURE__ */ new Map(), ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      return id === void 0 && partIds.set(s, id = partIds.size), id;
    })), P = partIds.size, len = Math.max(0, ...ids.map((r) => r.length)), keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { pre } = keys[i], key = pre[k] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      let m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        let { suf } = keys[i], key = suf[k + 1] * P + r[k], id = m.get(key);
        id === void 0 && m.set(key, id = m.size + 1), suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar)
      for (let partset of globParts)
        for (let j = 0; j < partset.length; j++)
          partset[j] === "**" && (partset[j] = "*");
    let { optimizationLevel = 1 } = this.options;
    return optimizationLevel >= 2 ? (globParts = this.firstPhasePreProcess(globParts), globParts = this.secondPhasePreProcess(globParts)) : optimizationLevel >= 1 ? globParts = this.levelOneOptimize(globParts) : globParts = this.adjascentGlobstarOptimize(globParts), globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
        let i = gs;
        for (; parts[i + 1] === "**"; )
          i++;
        i !== gs && parts.splice(gs, i - gs);
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      let root = this.#rootIndex(parts) + 1;
      return parts = parts.reduce((set2, part) => {
        let prev = set2[set2.length - 1];
        return part === "**" && prev === "**" ? set2 : part === ".." && set2.length > root && prev && prev !== ".." && prev !== "." && prev !== "**" ? (set2.pop(), set2) : (set2.push(part), set2);
      }, []), parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    let sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\", ends = this.#endCheck ? 0 : -1, last = "", lastStart = 0, prev, prevStart = 0, dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      let row = this.set[r], p = row[row.length - 1], end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        let i = lastSep(f, f.length, sep2);
        if (lastStart = i + 1, last = f.slice(lastStart), last === "" && i >= 0) {
          let j = i;
          for (; j > 0 && isSep(f.charCodeAt(j - 1), sep2); )
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1, prev = f.slice(prevStart, j);
        }
        let resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1, end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p == "string" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      if (this.#literalCheck) {
        for (let l of this.#literals[r])
          if (!f.includes(l))
            continue ROWS;
      }
      if (end && typeof p == "object" && (tailStart = endIndex(p, last, lastStart, prev, prevStart), tailStart === -1))
        continue;
      let shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, !0, sep2))
          return "maybe";
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        let m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    let dot = !!this.options.dot, n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0]))
        return !1;
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    let x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t]) && (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])))
        return !1;
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return !1;
      return !0;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        for (; i < n && walkable(file[i], dot); )
          i++;
        if (i === n)
          return !0;
      }
      if (!walkable(file[k], dot))
        return !1;
    }
    return !1;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, !0, sep2))
      return "maybe";
    let x = row[head ? 0 : 1], s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      for (; next < f.length && isSep(f.charCodeAt(next), sep2); )
        next++;
      if ((typeof x == "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e))) && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    let last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    let { isWindows, preserveMultipleSlashes } = this, parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f), normalize2 = this.#form;
    return normalize2 && (parts = parts.map((p) => p.normalize(normalize2))), lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    }, lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    let parts = [...file], didSomething = !1;
    do {
      if (didSomething = !1, !this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          let p = parts[i];
          i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
        }
        parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
      }
      let root = this.#rootIndex(parts) + 1, dd = root;
      for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
        let p = parts[dd - 1];
        p && p !== "." && p !== ".." && p !== "**" && (didSomething = !0, parts.splice(dd - 1, 2), dd = Math.max(dd - 2, root));
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options, splitCells = 0, maxSplitCells = 1e6, didSomething = !1;
    do {
      didSomething = !1;
      for (let parts of globParts) {
        let gs = -1;
        for (; (gs = parts.indexOf("**", gs + 1)) !== -1; ) {
          let gss = gs;
          for (; parts[gss + 1] === "**"; )
            gss++;
          gss > gs && parts.splice(gs + 1, gss - gs);
          let next = parts[gs + 1], p = parts[gs + 2], p2 = parts[gs + 3];
          if (next !== ".." || !p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..")
            continue;
          let addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells)
            throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");
          didSomething = !0, parts.splice(gs, 1);
          let other = parts.slice(0);
          other[gs] = "**", splitCells += addedCells, globParts.push(other), gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            let p = parts[i];
            i === 1 && p === "" && parts[0] === "" || (p === "." || p === "") && (didSomething = !0, parts.splice(i, 1), i--);
          }
          parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "") && (didSomething = !0, parts.pop());
        }
        let root = this.#rootIndex(parts) + 1, dd = root;
        for (; (dd = parts.indexOf("..", dd + 1)) !== -1; ) {
          let p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = !0;
            let splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin), parts.length === 0 && parts.push(""), dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    let keys = /* @__PURE__ */ new Set(), rows = globParts.filter((parts) => {
      let key = parts.join("/");
      return keys.has(key) ? !1 : (keys.add(key), !0);
    }), stars = /* @__PURE__ */ new Map();
    for (let parts of rows) {
      let s = [];
      for (let i = 0; i < parts.length; i++)
        parts[i] === "*" && s.push(i);
      s.length && stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    let { dot } = this.options;
    return rows.filter((parts) => {
      for (let s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        let c = [...parts], ok = !0, changed = !1;
        for (let i of s) {
          let p = parts[i];
          if (p !== "*") {
            if (!p || p === "**" || !dot && p.startsWith(".")) {
              ok = !1;
              break;
            }
            c[i] = "*", changed = !0;
          }
        }
        if (ok && changed && keys.has(c.join("/")))
          return !1;
      }
      return !0;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    let pattern = this.pattern, negate = !1, negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++)
      negate = !negate, negateOffset++;
    negateOffset && (this.pattern = pattern.slice(negateOffset)), this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0, patternStartIndex = 0, fh = this.isWindows ? uncHost(resolved) : -1, ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      let host = pattern[ph], share = pattern[ph + 1];
      typeof host != "string" || typeof share != "string" ? (fileStartIndex = fh, patternStartIndex = ph) : resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase() && (fileStartIndex = fh + 2, patternStartIndex = ph + 2);
    } else if (this.isWindows) {
      let fileDrive = typeof file[0] == "string" && /^[a-z]:$/i.test(file[0]), fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]), patternDrive = typeof pattern[0] == "string" && /^[a-z]:$/i.test(pattern[0]), patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] == "string" && /^[a-z]:$/i.test(pattern[3]), fdi = fileUNC ? 3 : fileDrive ? 0 : void 0, pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi == "number" && typeof pdi == "number") {
        let [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        fd.toLowerCase() === pd.toLowerCase() && (patternStartIndex = pdi + 1, fileStartIndex = fdi + 1);
      }
    }
    return file = resolved, pattern.includes(GLOBSTAR) ? this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex) : this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    let { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      let headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd))
        return !1;
      fileIndex += head.length, patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return !1;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0))
        fileTailMatch = tail.length;
      else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length || (tailStart--, !this.#matchOne(file, tail, partial, tailStart, 0)))
          return !1;
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        let f = String(file[i]);
        if (sawSome = !0, f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    byStart || (byStart = [], this.#globstarParts.set(pattern, byStart));
    let key = patternIndex * 2 + (partial ? 1 : 0), found = byStart[key];
    if (found)
      return found;
    let firstgs = pattern.indexOf(GLOBSTAR, patternIndex), lastgs = pattern.lastIndexOf(GLOBSTAR), head = pattern.slice(patternIndex, firstgs), body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs), tail = partial ? [] : pattern.slice(lastgs + 1), segments = [[[], 0]], current = segments[0], nonGsParts = 0, nonGsPartsSums = [0];
    for (let b of body)
      b === GLOBSTAR ? (nonGsPartsSums.push(nonGsParts), current = [[], 0], segments.push(current)) : (current[0].push(b), nonGsParts++);
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    let parts = { head, body, tail, segments };
    return byStart[key] = parts, parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    let bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial)
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = !0;
        let f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
          return !1;
      }
      return sawTail;
    }
    let [body, need] = bs, after = partial ? fileLength : fileLength - need;
    for (; fileIndex <= after; ) {
      let key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return !1;
      if (tried.add(key), this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length) && globStarDepth < this.maxGlobstarRecursion) {
        let sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== !1)
          return sub;
      }
      if (fileIndex === after)
        break;
      let f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith("."))
        return !1;
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi, pi, pl, fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi], f = file[fi];
      if (p === !1 || p === GLOBSTAR || !portionMatch(p, f))
        return !1;
    }
    if (fi === fl && pi === pl)
      return !0;
    if (fi === fl)
      return partial;
    if (pi === pl)
      return fi === fl - 1 && file[fi] === "";
    throw new Error("wtf?");
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    let { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    for (; pattern.includes(String.fromCharCode(code)); )
      if (++code > 63743)
        return this.braceExpand();
    let mark = String.fromCharCode(code), found = !1, marked = pattern.replace(rangeRe, (m, lo, hi) => {
      let a = Number(lo), b = Number(hi);
      return !Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN ? m : (found = !0, `${mark}${lo}..${hi}${mark}`);
    });
    if (!found)
      return this.braceExpand();
    let set2 = braceExpand(marked, this.options);
    for (let p of set2)
      for (let portion of p.split("/")) {
        let c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark))
          return this.braceExpand();
        if (!this.options.noext && inRepeatOrNegExt(portion, mark))
          return this.braceExpand();
      }
    return this.#rangeMark = mark, set2;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    let options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let { nocase, nocaseMagicOnly, noext = !1, dot, normalize: normalize2 } = options, rangeMark = this.#rangeMark, lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase()))
      return this.#norm(lit2);
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    return m || (noext || assertValidExtglobs(pattern), m = new Matcher(pattern, {
      nocase,
      noext,
      dot,
      normalize: normalize2,
      ...rangeMark && { rangeMark }
    }), this.#matchers.set(pattern, m)), m;
  }
  #slashSplit(p) {
    return this.preserveMultipleSlashes ? p.split("/") : this.isWindows && /^\/\/[^/]+/.test(p) ? ["", ...p.split(/\/+/)] : p.split(/\/+/);
  }
  match(f, partial = this.partial) {
    if (this.comment)
      return !1;
    if (this.empty)
      return f === "";
    if (f === "/" && partial)
      return !0;
    let options = this.options, split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        let can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? !1 : this.negate;
        if (can === "yes")
          return options.flipNegate ? !0 : !this.negate;
      }
      split = this.#split(f);
    }
    let ff = split.parts, resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff, set2 = this.set, filename = ff[ff.length - 1];
    if (!filename)
      for (let i = ff.length - 2; !filename && i >= 0; i--)
        filename = ff[i];
    for (let r = 0; r < set2.length; r++) {
      let pattern = set2[r], shape = partial ? void 0 : this.#shapes[r];
      if (shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial))
        return options.flipNegate ? !0 : !this.negate;
    }
    return options.flipNegate ? !1 : this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/k8s/disruption.ts
var PDB_KIND = "PodDisruptionBudget";
function readDisruptionPolicy(pdb) {
  let rawMin = pdb.get(["spec", "minAvailable"]), rawMax = pdb.get(["spec", "maxUnavailable"]), hasMin = rawMin != null, hasMax = rawMax != null;
  if (hasMin && hasMax)
    return { field: "invalid" };
  if (!hasMin && !hasMax)
    return { field: "none" };
  let field = hasMin ? "minAvailable" : "maxUnavailable", value = parseIntOrPercent(hasMin ? rawMin : rawMax);
  return !value || value.kind === "percent" && value.value > 100 ? { field: "invalid" } : { field, value, path: ["spec", field] };
}
function allowedDisruptions(policy, pods) {
  switch (policy.field) {
    case "minAvailable":
      return Math.max(0, pods - scaleIntOrPercent(policy.value, pods, !0));
    case "maxUnavailable": {
      let desiredHealthy = Math.max(0, pods - scaleIntOrPercent(policy.value, pods, !0));
      return pods - desiredHealthy;
    }
    case "none":
      return pods;
    case "invalid":
      return pods;
  }
}
function blocksAtEveryScale(policy) {
  return policy.field === "maxUnavailable" ? policy.value.value === 0 : policy.field === "minAvailable" && policy.value.kind === "percent" && policy.value.value === 100;
}
function describeDemand(policy, pods) {
  if (policy.field !== "minAvailable" && policy.field !== "maxUnavailable")
    return policy.field;
  let written = describeIntOrPercent(policy.value);
  if (policy.value.kind === "int")
    return `${policy.field} ${written}`;
  let scaled = scaleIntOrPercent(policy.value, pods, !0);
  return `${policy.field} ${written} = ceil(${written} \xD7 ${pods}) = ${scaled}`;
}
function readPdbSelector(pdb) {
  let parsed = parseLabelSelector(pdb.get(["spec", "selector"]));
  return "selector" in parsed && pdb.apiVersion === "policy/v1beta1" && isEmptySelector(parsed.selector) ? { selector: MATCH_NOTHING } : parsed;
}
function disruptionValueProblems(pdb) {
  if (pdb.kind !== PDB_KIND || pdb.group !== "policy")
    return [];
  let problems = [];
  for (let field of ["minAvailable", "maxUnavailable"]) {
    let value = pdb.get(["spec", field]);
    typeof value == "number" && value < 0 ? problems.push({
      path: ["spec", field],
      field: `spec.${field}`,
      actual: String(value),
      bound: "at least 0"
    }) : typeof value == "string" && /^\s*-\d+%?\s*$/.test(value) && problems.push({
      path: ["spec", field],
      field: `spec.${field}`,
      actual: `"${value}"`,
      bound: value.includes("%") ? "between 0% and 100%" : "at least 0"
    });
  }
  return problems;
}

// src/k8s/hpa-controller.ts
function changedInPeriod(events, periodSeconds, now) {
  let sum = 0;
  for (let event of events)
    event.at > now - periodSeconds && (sum += event.count);
  return sum;
}
function periodStart(current, history, policy, now) {
  return current - changedInPeriod(history.scaleUps, policy.periodSeconds, now) + changedInPeriod(history.scaleDowns, policy.periodSeconds, now);
}
function scaleUpLimit(rules, current, history, now) {
  if (rules.selectPolicy === "Disabled" || rules.policies.length === 0)
    return current;
  let limits = rules.policies.map((policy) => {
    let start = periodStart(current, history, policy, now);
    return policy.type === "Pods" ? start + policy.value : Math.ceil(start * (1 + policy.value / 100));
  });
  return rules.selectPolicy === "Min" ? Math.min(...limits) : Math.max(...limits);
}
function scaleDownLimit(rules, current, history, now) {
  if (rules.selectPolicy === "Disabled" || rules.policies.length === 0)
    return current;
  let limits = rules.policies.map((policy) => {
    let start = periodStart(current, history, policy, now);
    return policy.type === "Pods" ? start - policy.value : Math.trunc(start * (1 - policy.value / 100));
  });
  return rules.selectPolicy === "Min" ? Math.max(...limits) : Math.min(...limits);
}
function metricProposal(demand, current, tolerance) {
  if (current <= 0)
    return Math.ceil(demand);
  let ratio = demand / current;
  return Math.abs(ratio - 1) <= tolerance ? current : Math.ceil(ratio * current - 1e-9);
}
function syncOnce(autoscaler, current, proposal, history, now) {
  let up = proposal, down = proposal;
  for (let past of history.recommendations)
    past.at > now - autoscaler.scaleUp.stabilizationWindowSeconds && (up = Math.min(up, past.replicas)), past.at > now - autoscaler.scaleDown.stabilizationWindowSeconds && (down = Math.max(down, past.replicas));
  let stabilized = current;
  stabilized < up && (stabilized = up), stabilized > down && (stabilized = down), history.recommendations.push({ at: now, replicas: proposal });
  let longest = Math.max(
    autoscaler.scaleUp.stabilizationWindowSeconds,
    autoscaler.scaleDown.stabilizationWindowSeconds
  );
  history.recommendations = history.recommendations.filter((past) => past.at > now - longest);
  let next = stabilized;
  if (stabilized > current) {
    let limit = Math.max(scaleUpLimit(autoscaler.scaleUp, current, history, now), current);
    next = Math.min(stabilized, limit, autoscaler.maxReplicas);
  } else if (stabilized < current) {
    let limit = Math.min(scaleDownLimit(autoscaler.scaleDown, current, history, now), current);
    next = Math.max(stabilized, limit, autoscaler.minReplicas);
  }
  return next = Math.min(Math.max(next, autoscaler.minReplicas), autoscaler.maxReplicas), next > current ? history.scaleUps.push({ at: now, count: next - current }) : next < current && history.scaleDowns.push({ at: now, count: current - next }), next;
}
function simulate(autoscaler, demandAt, options) {
  let period = options.syncPeriodSeconds ?? 15, history = { scaleUps: [], scaleDowns: [], recommendations: [] }, replicas = Math.min(
    Math.max(options.startReplicas, autoscaler.minReplicas),
    autoscaler.maxReplicas
  ), steps = [];
  for (let at = 0; at <= options.durationSeconds; at += period) {
    let demand = demandAt(at), tolerance = demand > replicas ? autoscaler.tolerance?.up ?? 0.1 : autoscaler.tolerance?.down ?? 0.1, proposal = metricProposal(demand, replicas, tolerance);
    replicas = syncOnce(autoscaler, replicas, proposal, history, at), steps.push({ at, demand, proposal, replicas });
  }
  return steps;
}
function fastestScaleDown(rules, from, floor, windowSeconds) {
  let history = { scaleUps: [], scaleDowns: [] }, current = from;
  for (let now = 0; now < windowSeconds && current > floor; now += 15) {
    let limit = Math.min(scaleDownLimit(rules, current, history, now), current), next = Math.max(limit, floor, 0);
    next < current && (history.scaleDowns.push({ at: now, count: current - next }), current = next);
  }
  return {
    from,
    to: current,
    fraction: from > 0 ? (from - current) / from : 0,
    steps: history.scaleDowns.map((event) => event.at)
  };
}

// src/k8s/pod-labels.ts
var ANY = { kind: "any" }, CONTROLLER_LABELS = {
  Deployment: ["pod-template-hash"],
  // A ReplicaSet gets pod-template-hash when a Deployment owns it, which the set cannot see.
  ReplicaSet: ["pod-template-hash"],
  StatefulSet: [
    "controller-revision-hash",
    "statefulset.kubernetes.io/pod-name",
    "apps.kubernetes.io/pod-index"
  ],
  DaemonSet: ["controller-revision-hash", "pod-template-generation"],
  Job: [
    "batch.kubernetes.io/job-name",
    "job-name",
    "batch.kubernetes.io/controller-uid",
    "controller-uid"
  ],
  CronJob: [
    "batch.kubernetes.io/job-name",
    "job-name",
    "batch.kubernetes.io/controller-uid",
    "controller-uid"
  ],
  // KEDA names each Job <scaledjob>-<random>.
  ScaledJob: [
    "batch.kubernetes.io/job-name",
    "job-name",
    "batch.kubernetes.io/controller-uid",
    "controller-uid"
  ],
  Rollout: ["rollouts-pod-template-hash"]
}, POD_LABEL_ASSUMPTIONS = "Pods are matched by the labels they will carry: those of the pod template, those an operator gives the pods it makes from a custom resource (prometheus-operator `Prometheus`, `PrometheusAgent`, `Alertmanager` and `ThanosRuler` pods get `spec.podMetadata.labels` plus `app.kubernetes.io/name`, `app.kubernetes.io/instance`, `app.kubernetes.io/managed-by: prometheus-operator`, `prometheus`/`alertmanager`/`thanos-ruler: <name>`, `operator.prometheus.io/name` and `operator.prometheus.io/shard`; an Argo Rollout's pods its `spec.template` or the template of the Deployment its `spec.workloadRef` names; a KEDA ScaledJob's pods its `spec.jobTargetRef.template` plus `scaledjob.keda.sh/name`), and those the controllers add: `pod-template-hash` (Deployment, ReplicaSet), `controller-revision-hash` (StatefulSet, DaemonSet), `statefulset.kubernetes.io/pod-name` and `apps.kubernetes.io/pod-index` (StatefulSet: `<name>-<ordinal>` and the ordinal, below the maximum replicas, the HPA's maxReplicas when one scales it), `batch.kubernetes.io/job-name`/`job-name` and `batch.kubernetes.io/controller-uid`/`controller-uid` (Job, CronJob, ScaledJob), `rollouts-pod-template-hash` (Rollout). A selector term on such a label matches when the rest of the selector matches that workload. A Rollout whose workloadRef names a Deployment outside the set has pods of unknown labels: nothing in its namespace is reported.", CONTROLLER_LABEL_KEYS = new Set(
  Object.values(CONTROLLER_LABELS).flat()
);
function controllerLabels(kind, name, options = {}) {
  let result = /* @__PURE__ */ new Map();
  for (let key of CONTROLLER_LABELS[kind] ?? [])
    result.set(key, controllerLabelValues(kind, key, name, options));
  return result;
}
function controllerLabelValues(kind, key, name, options) {
  let start = options.ordinalStart ?? 0;
  switch (key) {
    case "statefulset.kubernetes.io/pod-name":
      return {
        kind: "ordinals",
        prefixes: (options.statefulSetNames ?? [name]).map((set2) => `${set2}-`),
        start,
        count: "replicas"
      };
    case "apps.kubernetes.io/pod-index":
      return { kind: "ordinals", prefixes: [""], start, count: "replicas" };
    case "batch.kubernetes.io/job-name":
    case "job-name":
      return kind === "Job" ? { kind: "set", values: [name] } : kind === "CronJob" ? { kind: "ordinals", prefixes: [`${name}-`], start: 0, count: void 0 } : ANY;
    default:
      return ANY;
  }
}
function mayHave(values, value, replicas) {
  switch (values.kind) {
    case "any":
      return !0;
    case "set":
      return values.values.includes(value);
    case "ordinals": {
      let count = values.count === "replicas" ? replicas : values.count;
      return values.prefixes.some((prefix2) => {
        if (!value.startsWith(prefix2))
          return !1;
        let digits = value.slice(prefix2.length);
        if (!/^(0|[1-9]\d*)$/.test(digits))
          return !1;
        let ordinal = Number(digits);
        return ordinal >= values.start && (count === void 0 || ordinal < values.start + count);
      });
    }
  }
}
function mayLack(values, excluded, replicas) {
  switch (values.kind) {
    case "any":
      return !0;
    case "set":
      return values.values.some((value) => !excluded.includes(value));
    case "ordinals": {
      let count = values.count === "replicas" ? replicas : values.count;
      if (count === void 0)
        return !0;
      let possible = values.prefixes.length * count;
      return new Set(excluded.filter((value) => mayHave(values, value, replicas))).size < possible;
    }
  }
}
function podLabelsMatch(selector, labels, replicas) {
  if (selector.matchesNone)
    return !1;
  for (let [key, value] of Object.entries(selector.matchLabels)) {
    let added = labels.added.get(key);
    if (added) {
      if (!mayHave(added, value, countFor(added, replicas)))
        return !1;
    } else if (labels.fixed[key] !== value)
      return !1;
  }
  return selector.matchExpressions.every(
    (requirement) => requirementMatches(requirement, labels, replicas)
  );
}
function countFor(values, replicas) {
  return values.kind === "ordinals" && values.count === "replicas" ? replicas() : void 0;
}
function requirementMatches(requirement, labels, replicas) {
  let added = labels.added.get(requirement.key);
  if (added) {
    let count = countFor(added, replicas);
    switch (requirement.operator) {
      case "In":
        return requirement.values.some((value2) => mayHave(added, value2, count));
      case "NotIn":
        return mayLack(added, requirement.values, count);
      case "Exists":
        return !0;
      case "DoesNotExist":
        return !1;
    }
  }
  let has = Object.prototype.hasOwnProperty.call(labels.fixed, requirement.key), value = labels.fixed[requirement.key];
  switch (requirement.operator) {
    case "In":
      return has && value !== void 0 && requirement.values.includes(value);
    case "NotIn":
      return !(has && value !== void 0 && requirement.values.includes(value));
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}

// src/k8s/workloads.ts
var POD_TEMPLATE_PATHS = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
function podTemplatePath(kind) {
  return POD_TEMPLATE_PATHS[kind];
}
var SCALABLE_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "ReplicaSet",
  "ReplicationController"
]), CORE_WORKLOAD_KINDS = /* @__PURE__ */ new Set([
  ...Object.keys(POD_TEMPLATE_PATHS),
  "Pod"
]), WORKLOAD_KINDS = /* @__PURE__ */ new Set([
  ...CORE_WORKLOAD_KINDS,
  "Rollout",
  "ScaledJob"
]), SCALABLE_VISIT_KINDS = /* @__PURE__ */ new Set([...SCALABLE_KINDS, "Rollout"]), Workload = class {
  constructor(manifest, shape) {
    this.manifest = manifest;
    this.shape = shape, this.templateManifest = shape?.templateManifest ?? manifest;
    let templatePath = shape ? shape.templatePath ?? [] : manifest.kind === "Pod" ? [] : POD_TEMPLATE_PATHS[manifest.kind] ?? ["spec", "template"];
    this.templatePath = templatePath, this.podSpecPath = [...templatePath, "spec"], this.containersKnown = !shape || shape.templatePath !== void 0 && shape.labelsKnown, this.podSpec = this.containersKnown ? asObject(this.templateManifest.get(this.podSpecPath)) : void 0;
    let written = shape && shape.templatePath === void 0 ? {} : labelsAt(this.templateManifest.object, [...templatePath, "metadata", "labels"]);
    this.templateLabels = { ...written, ...shape?.extraLabels }, this.addedLabels = shape ? shape.addedLabels : controllerLabels(manifest.kind, manifest.name, {
      ordinalStart: ordinalStart(manifest)
    }), this.labelsKnown = shape?.labelsKnown ?? !0, this.containers = readContainers(this.podSpec, this.podSpecPath);
  }
  manifest;
  /** The object whose template the pods come from (the workload itself, but for workloadRef). */
  templateManifest;
  templatePath;
  podSpecPath;
  podSpec;
  /** Labels every pod of the workload carries with exactly these values. */
  templateLabels;
  /** Labels controllers add to the pods, with the values they can take. */
  addedLabels;
  /** False when the set cannot know the pods' labels (then no selector is judged against them). */
  labelsKnown;
  /** False when an operator writes the containers (the set sees none of them). */
  containersKnown;
  containers;
  shape;
  get kind() {
    return this.manifest.kind;
  }
  get namespace() {
    return this.manifest.namespace;
  }
  /** Whether the workload writes its own pod template (rules about containers report there). */
  get ownsTemplate() {
    return this.templateManifest === this.manifest && this.containersKnown;
  }
  get isScalable() {
    return this.shape ? this.shape.scalable : SCALABLE_KINDS.has(this.manifest.kind);
  }
  /** Whether the workload runs a replica count (not one pod per node, nor run-to-completion). */
  get hasReplicaCount() {
    return this.shape ? this.shape.hasReplicaCount : this.isScalable || this.kind === "Pod";
  }
  /** `spec.replicas` as written, when it is a number (a custom resource's pod count). */
  get declaredReplicas() {
    if (this.shape)
      return this.shape.replicas;
    let replicas = this.manifest.get(["spec", "replicas"]);
    return typeof replicas == "number" && Number.isInteger(replicas) ? replicas : void 0;
  }
  /** Containers that run for the pod's whole life: regular containers and native sidecars. */
  get runningContainers() {
    return this.containers.filter((container) => container.kind !== "init");
  }
};
function ordinalStart(manifest) {
  let start = manifest.get(["spec", "ordinals", "start"]);
  return typeof start == "number" && Number.isInteger(start) && start >= 0 ? start : 0;
}
function isWorkloadKind(kind) {
  return CORE_WORKLOAD_KINDS.has(kind);
}
function labelsAt(object, path9) {
  let labels = asObject(getPath(object, path9)), result = {};
  if (!labels)
    return result;
  for (let [key, value] of Object.entries(labels))
    value != null && typeof value != "object" && (result[key] = String(value));
  return result;
}
function readContainers(podSpec, podSpecPath) {
  if (!podSpec)
    return [];
  let result = [];
  return asArray(podSpec.initContainers).forEach((entry, index) => {
    let container = asObject(entry);
    if (container) {
      let kind = container.restartPolicy === "Always" ? "sidecar" : "init";
      result.push({
        name: typeof container.name == "string" ? container.name : `initContainers[${index}]`,
        kind,
        path: [...podSpecPath, "initContainers", index],
        container
      });
    }
  }), asArray(podSpec.containers).forEach((entry, index) => {
    let container = asObject(entry);
    container && result.push({
      name: typeof container.name == "string" ? container.name : `containers[${index}]`,
      kind: "container",
      path: [...podSpecPath, "containers", index],
      container
    });
  }), result;
}
function containerResources(container, field) {
  return asObject(getPath(container, ["resources", field])) ?? {};
}

export {
  require_dist,
  yaml,
  parseSourceFile,
  loadAllFast,
  displayPath,
  toPosix,
  repositoryRoot,
  isWithin,
  SourceFile,
  decodeText,
  KUSTOMIZATION_FILES,
  kustomizationFileIn,
  SourceCache,
  readKustomization,
  localReferences,
  requireRenderer,
  runRenderer,
  pointerToPath,
  valueAt,
  describeType,
  describeValue,
  fieldName,
  didYouMean,
  unknownKey,
  cleanYamlMessage2 as cleanYamlMessage,
  locateInScalar,
  documentByOrdinal,
  locateInDocument,
  toLocation,
  parseQuantity,
  isWholeQuantity,
  formatQuantity,
  isExtendedResource,
  checkAlertTemplate,
  parseIntOrPercent,
  scaleIntOrPercent,
  describeIntOrPercent,
  parseDuration,
  parsePrometheusDuration,
  formatSeconds,
  regexError,
  loadPromQL,
  checkPromQL,
  isClusterScoped,
  asObject,
  asArray,
  getPath,
  parseLabelSelector,
  parseMapSelector,
  isEmptySelector,
  selectorMatches,
  describeSelector,
  PDB_KIND,
  readDisruptionPolicy,
  allowedDisruptions,
  blocksAtEveryScale,
  describeDemand,
  readPdbSelector,
  disruptionValueProblems,
  describeReadError,
  DEPLOYED_WITH_ANNOTATION,
  loadInputs,
  addFile,
  simulate,
  fastestScaleDown,
  HPA_KIND,
  SCALED_OBJECT_KIND,
  VPA_KIND,
  isAutoscalerKind,
  readTargetRef,
  readAutoscaler,
  groupOf,
  readHpaMetrics,
  behaviorPath,
  effectiveScalingRules,
  readAutoscalerResourceMetrics,
  metricNamePath,
  POD_LABEL_ASSUMPTIONS,
  controllerLabels,
  podLabelsMatch,
  podTemplatePath,
  WORKLOAD_KINDS,
  SCALABLE_VISIT_KINDS,
  Workload,
  isWorkloadKind,
  labelsAt,
  containerResources,
  minimatch
};
