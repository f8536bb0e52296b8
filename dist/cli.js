#!/usr/bin/env node
import { createRequire as __vbCreateRequire } from 'node:module'; const require = __vbCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
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
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
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
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
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
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
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
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
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
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
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
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
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
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
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
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
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
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
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
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
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
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent2}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent2}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
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
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
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
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent2;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
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
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
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
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent2}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
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
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
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
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
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
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items2.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str2}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
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
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
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
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
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
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
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
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
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
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
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
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
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
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
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
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
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
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
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
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
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
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
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
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab2 = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab2) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab2 = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab2 = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab2 && (atNewline && tab2.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab2, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
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
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
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
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
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
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
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
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
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
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
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
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl3 } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl3 || nl3.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content2 = lines[i][1];
        if (content2 === "" || content2 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content2] = lines[i];
        if (content2 === "" || content2 === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content2.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content2] = lines[i];
        offset += indent2.length + content2.length + 1;
        const crlf = content2[content2.length - 1] === "\r";
        if (crlf)
          content2 = content2.slice(0, -1);
        if (content2 && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content2.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent2.slice(trimIndent) + content2;
          sep4 = "\n";
        } else if (indent2.length > trimIndent || content2[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent2.slice(trimIndent) + content2;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content2 === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content2;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
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
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar2, strict, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
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
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
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
      const cc = source.substr(offset, length);
      const ok2 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok2 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
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
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
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
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
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
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
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
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
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
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
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
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
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
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
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
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl3 = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl3] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
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
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
        case "\n":
        case "\r\n":
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
    exports.isScalar = isScalar3;
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
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
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
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl3, sp;
        let indent2 = -1;
        do {
          nl3 = yield* this.pushNewline();
          if (nl3 > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl3 + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl3 = qb.indexOf("\n", this.pos);
        if (nl3 !== -1) {
          while (nl3 !== -1) {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = qb.indexOf("\n", cs);
          }
          if (nl3 !== -1) {
            end = nl3 - (qb[nl3 - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl3 = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl3 = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl3 + 1);
            if (cs === -1)
              break;
            nl3 = this.buffer.indexOf("\n", cs);
          } while (nl3 !== -1);
          if (nl3 === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl3 = this.buffer.length;
          }
        }
        let i = nl3 + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl3 = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl3 - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl3 = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl3 + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
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
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
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
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
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
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
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
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
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
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
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
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
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
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
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
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
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
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
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
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar2.end) {
            sep4 = scalar2.end;
            sep4.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl3 = this.source.indexOf("\n") + 1;
              while (nl3 !== 0) {
                this.onNewLine(this.offset + nl3);
                nl3 = this.source.indexOf("\n", nl3) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl3 = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl3.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl3.length = 0;
                  break;
                default:
                  nl3.length = 0;
              }
            }
            if (nl3.length >= 2)
              start = it.sep.splice(nl3[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
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
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl3 = this.source.indexOf("\n") + 1;
          while (nl3 !== 0) {
            this.onNewLine(this.offset + nl3);
            nl3 = this.source.indexOf("\n", nl3) + 1;
          }
        }
        return {
          type,
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
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
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
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
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
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
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
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/cli.ts
import { readFileSync as readFileSync4 } from "node:fs";

// src/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/cli-options.ts
import { parseArgs } from "node:util";

// src/redact.ts
var REDACTED = "[redacted]";
var MIN_SECRET_LENGTH = 8;
var SHAPES = [
  // A header as a server may echo it: keep the name, drop the value (scheme and all).
  /\b((?:proxy-)?authorization|x-goog-api-key|x-api-key|api-key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+/gi,
  /\bbearer\s+[A-Za-z0-9._~+/=-]{6,}/gi,
  /\b(?:sk|rk|pk)-[A-Za-z0-9_-]{8,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g,
  /([?&](?:key|api_key|apikey|access_token|token)=)[^&\s"'#]+/gi
];
function looksLikeToken(word) {
  return word.length >= 32 && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word) && !word.includes("_");
}
function redactSecrets(text, secrets = []) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of /* @__PURE__ */ new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED);
  }
  for (const shape of SHAPES) {
    out = out.replace(shape, (match, ...groups) => {
      const name = typeof groups[0] === "string" ? groups[0] : "";
      const separator = typeof groups[1] === "string" ? groups[1] : "";
      return name === "" || !match.startsWith(name) ? REDACTED : `${name}${separator}${REDACTED}`;
    });
  }
  return out;
}

// src/manifest/hints.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closest(name, known) {
  let best;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function didYouMean(name, known) {
  const hint2 = closest(name, known);
  return hint2 === void 0 ? "" : `; did you mean "${hint2}"?`;
}
var SECRET_ASSIGNMENT = /\b([A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD)[A-Za-z0-9_]*["']?\s*[=:]\s*["']?)[^\s"']+/gi;
function quote(value, max = 60) {
  const lines = value.split(/\r\n|\r|\n/);
  let safe = redactSecrets(lines[0] ?? "").replace(SECRET_ASSIGNMENT, `$1${REDACTED}`);
  safe = safe.split(/(\s+)/).map((word) => looksLikeToken(word) ? REDACTED : word).join("");
  const more = lines.length > 1 && lines.slice(1).some((line) => line.trim() !== "");
  const cut2 = safe.length > max ? `${safe.slice(0, max)}\u2026` : more ? `${safe} \u2026` : safe;
  return JSON.stringify(cut2);
}

// src/types.ts
var PROVIDER_NAMES = ["openai", "openai-generations", "veo", "seedance"];
var MODEL_STATUSES = ["preview", "ga", "deprecated", "retired"];
var JOB_OUTCOMES = ["completed", "skipped", "failed", "expired", "timed_out", "pending"];

// src/cli-options.ts
var UsageError = class extends ConfigError {
};
var OPTIONS = [
  { name: "out", type: "string", value: "DIR", command: "run", help: "output folder (default video-batch-out)" },
  { name: "concurrency", type: "string", value: "N", command: "run", help: "jobs in flight at once (default 4)" },
  { name: "provider", type: "string", value: "NAME", command: "run", help: `provider where the manifest names none: ${PROVIDER_NAMES.join(", ")} (default openai)` },
  { name: "model", type: "string", value: "NAME", command: "run", help: "model where the manifest names none" },
  { name: "base-url", type: "string", value: "URL", command: "run", help: "API base URL for the openai shapes (default $OPENAI_BASE_URL, else OpenAI)" },
  {
    name: "input-dir",
    type: "list",
    value: "DIR",
    command: "run",
    help: "a folder input_reference images may also come from (repeatable; default\nonly the manifest's folder)"
  },
  { name: "timeout", type: "string", value: "SECONDS", command: "run", help: "per job, from submit to result (default 3600; 0 = none)" },
  { name: "fail-on", type: "string", value: "any|all|never", command: "run", help: "exit 1 when any job fails (default), only when all fail, or never" },
  { name: "no-download", type: "boolean", command: "run", help: "leave finished videos on the server" },
  {
    name: "variants",
    type: "string",
    value: "LIST",
    command: "run",
    help: "what to fetch per video: video plus thumbnail (default video,thumbnail),\nspritesheet on request; the thumbnail is the gallery's poster"
  },
  { name: "dry-run", type: "boolean", command: "run", help: "check the manifest, print the plan and its estimated cost; send nothing" },
  { name: "max-cost", type: "string", value: "USD", command: "run", help: "refuse to start when the estimated cost of new jobs exceeds USD" },
  { name: "fresh", type: "boolean", command: "run", help: "start over: ignore (and keep aside) the ledger of earlier runs" },
  { name: "regenerate-expired", type: "boolean", command: "run", help: "create again the jobs whose video expired before it was downloaded (pays again)" },
  {
    name: "retry-uncertain",
    type: "string",
    value: "IDS",
    command: "run",
    help: "create again these jobs (comma-separated ids, or all) that ended submit_uncertain;\ncheck their candidate videos in your dashboard first (pays again if one was theirs)"
  },
  { name: "simulate", type: "boolean", command: "run", help: "run against a built-in simulator on 127.0.0.1 (no key, no cost)" },
  { name: "shard", type: "string", value: "I/N", command: "run", help: "run only shard I of N (stable by job id; a remix runs with its source)" },
  { name: "quiet", type: "boolean", short: "q", command: "run", help: "no progress display, only warnings, the report's path and the counts" },
  { name: "port", type: "string", value: "N", command: "simulate", help: "port to serve on (default 8787; 0 = any free port)" },
  { name: "json", type: "boolean", command: "models", help: "print the catalog as JSON" },
  { name: "help", type: "boolean", short: "h", command: "any", help: "this help" },
  { name: "version", type: "boolean", short: "v", command: "any", help: "the version of video-batch" }
];
var TABLE = OPTIONS;
function parseCommandLine(argv) {
  const byName = new Map(TABLE.map((option) => [option.name, option]));
  const { tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: Object.fromEntries(
      TABLE.map((o) => {
        const type = o.type === "list" ? "string" : o.type;
        return [o.name, o.short === void 0 ? { type } : { type, short: o.short }];
      })
    )
  });
  const values = {};
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = byName.get(token.name);
    if (option === void 0) throw new UsageError(`unknown option ${token.rawName}${hint(token.rawName)}; try --help`);
    if (option.type === "boolean") {
      if (token.value !== void 0) throw new UsageError(`--${option.name} takes no value (got "${token.value}")`);
      values[option.name] = true;
      continue;
    }
    const value = token.value;
    if (value === void 0 || !token.inlineValue && value.startsWith("--") && value.length > 2) {
      throw new UsageError(`--${option.name} needs a value, e.g. --${option.name} ${option.value ?? "VALUE"}${value === void 0 ? "" : ` (got the option ${value})`}`);
    }
    if (option.type === "list") {
      const list2 = values[option.name];
      values[option.name] = Array.isArray(list2) ? [...list2, value] : [value];
    } else {
      values[option.name] = value;
    }
  }
  return { values, positionals };
}
function hint(raw) {
  const name = raw.replace(/^-+/, "");
  if (raw.startsWith("--")) {
    const near2 = closest(name, TABLE.map((o) => o.name));
    return near2 === void 0 ? "" : ` (did you mean --${near2}?)`;
  }
  const near = TABLE.find((o) => o.short !== void 0 && o.short === name.toLowerCase());
  return near === void 0 ? "" : ` (did you mean -${near.short}?)`;
}
function optionHelp(command) {
  const rows = TABLE.filter((o) => o.command === command).map((o) => {
    const flag = `${o.short === void 0 ? "" : `-${o.short}, `}--${o.name}${o.value === void 0 ? "" : ` ${o.value}`}`;
    return { flag, help: o.help.split("\n") };
  });
  const width = Math.max(...rows.map((r) => r.flag.length)) + 2;
  return rows.flatMap(({ flag, help }) => [`  ${flag.padEnd(width)}${help[0]}`, ...help.slice(1).map((line) => `  ${" ".repeat(width)}${line}`)]).join("\n");
}

// src/cli-outcome.ts
import { basename, isAbsolute, relative } from "node:path";
function countsLine(report) {
  const s = report.summary;
  const parts = JOB_OUTCOMES.filter((o) => o !== "pending" && s[o] > 0).map((o) => `${s[o]} ${o.replace("_", " ")}`);
  return parts.join(", ") || "no jobs";
}
function resultLine(report, exitCode, failOn) {
  const s = report.summary;
  const notDone = s.total - s.completed - s.skipped;
  const meaning = exitCode === 0 ? notDone === 0 ? "every job completed" : `${notDone} did not complete, allowed by --fail-on ${failOn}` : `${notDone} of ${s.total} did not complete (--fail-on ${failOn}); see report.md`;
  return `${countsLine(report)}; exit ${exitCode}: ${meaning}`;
}
function stoppedLines(report, signal, resume) {
  const pending = report.jobs.filter((job) => job.status === "pending");
  const inFlight = pending.filter((job) => job.videoId !== null).length;
  const notStarted = pending.length - inFlight;
  const ended = report.summary.total - pending.length;
  const kept = [
    `${ended === 0 ? "no job ended" : countsLine(report)}`,
    ...inFlight > 0 ? [`${inFlight} in flight (video ids kept: a re-run collects them without paying again)`] : [],
    ...notStarted > 0 ? [`${notStarted} not started`] : []
  ];
  return [`stopped by ${signal}: ${kept.join(", ")}`, `to finish, run again: ${resume}`];
}
function resumeCommand(args, script, cwd) {
  const kept = args.filter((arg) => arg !== "--fresh");
  const name = basename(script);
  const start = name === "video-batch" ? ["video-batch"] : ["node", isAbsolute(script) && !relative(cwd, script).startsWith("..") ? relative(cwd, script) : script];
  return [...start, ...kept].map(shellQuote).join(" ");
}
function shellQuote(word) {
  return /^[\w./:=@,+%-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/manifest/parse.ts
import { extname as extname2 } from "node:path";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str2) {
  return str2.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record4) {
  return record4.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr2 = 13;
var nl2 = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape: escape3, quote: quote2 } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape3 === null ? 0 : escape3.length) + quote2.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote2.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape: escape3, quote: quote2, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape: escape3, quote: quote2 } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape3 !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape3.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape3.length)) {
                this.state.escaping = true;
                pos += escape3.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape3.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote2.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote2.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote2.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote2.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote2.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote2.length);
              if (escape3 !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape3.length)) {
                pos += escape3.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote2.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote2);
                pos += quote2.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote2.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record: record4 } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record4.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record4)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record4);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record4
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record4
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record4)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record4.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj[columns[i].name] !== void 0) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record4[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record4[i]];
              }
            } else {
              obj[columns[i].name] = record4[i];
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: record4 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record4[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record4 : [record4[objname], record4],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record4) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record4 : firstLineToHeaders.call(null, record4);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record4, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record4 = on_record.call(null, record4, info2);
        } catch (err) {
          return err;
        }
        if (record4 === void 0 || record4 === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record4);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: function(buf, pos) {
      const isTrim = (buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      };
      return isTrim(buf, pos);
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape: escape3 } = this.options;
      if (escape3 === null) return false;
      const l = escape3.length;
      if (escape3[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape3[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isQuote: function(buf, pos) {
      const { quote: quote2 } = this.options;
      if (quote2 === null) return false;
      const l = quote2.length;
      for (let i = 0; i < l; i++) {
        if (quote2[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = (record4) => {
    if (parser.options.objname === void 0) records.push(record4);
    else {
      records[record4[0]] = record4[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/manifest/fields.ts
import { extname } from "node:path";
var FIELD_NAMES = [
  "id",
  "prompt",
  "provider",
  "model",
  "seconds",
  "size",
  "input_reference",
  "remix_of",
  "base_url",
  "api_key_env"
];
var IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg", ".webp"];
var MAX_ID_LENGTH = 128;
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var ok = (value) => ({ ok: true, value });
var fail = (message) => ({ ok: false, message });
function parseText(text) {
  return CONTROL_CHARACTERS.test(text) ? fail("must not contain control characters") : ok(text);
}
function parsePrompt(text) {
  const prompt = text.replace(/\r\n?/g, "\n");
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(prompt) ? fail("must not contain control characters") : ok(prompt);
}
function parseId(text) {
  if ([...text].length > MAX_ID_LENGTH) return fail(`must be at most ${MAX_ID_LENGTH} characters`);
  if (CONTROL_CHARACTERS.test(text)) return fail(`must not contain control characters (got ${quote(text)})`);
  return ok(text);
}
function parseProvider(text) {
  const found = PROVIDER_NAMES.find((name) => name === text);
  if (found !== void 0) return ok(found);
  return fail(`must be one of ${PROVIDER_NAMES.join(", ")} (got ${quote(text)})${didYouMean(text, PROVIDER_NAMES)}`);
}
function parseSeconds(text) {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value > 0) return ok(value);
  return fail(`must be a positive whole number, e.g. 8 (got ${quote(text)})`);
}
function parseSize(text) {
  const match = /^([1-9]\d*)[xX]([1-9]\d*)$/.exec(text);
  if (match !== null) return ok(`${match[1]}x${match[2]}`);
  return fail(`must be WIDTHxHEIGHT in pixels, e.g. 1280x720 (got ${quote(text)})`);
}
function parseInputReference(text) {
  const extension = extname(text).toLowerCase();
  if (IMAGE_EXTENSIONS.some((allowed) => allowed === extension)) return parseText(text);
  return fail(`must be an image file (${IMAGE_EXTENSIONS.join(", ")}) (got ${quote(text)})`);
}
function parseBaseUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return fail(`must be an http(s) URL, e.g. https://api.openai.com/v1 (got ${quote(text)})`);
  }
  if (url.username !== "" || url.password !== "") {
    return fail("must not contain a user name or password; put the key in an environment variable named by api_key_env");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(`must be an http(s) URL, e.g. https://api.openai.com/v1 (got ${quote(text)})`);
  }
  return ok(text);
}
function looksLikeKey(text) {
  if (/^(sk|rk|pk)[-_]/.test(text) || /^(AIza|ghp_|gho_|github_pat_|xai-|Bearer\s)/.test(text)) return true;
  if (text.length > 64) return true;
  return text.length >= 32 && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text) && !text.includes("_");
}
function parseApiKeyEnv(text) {
  if (looksLikeKey(text)) {
    return fail(
      "looks like an API key, not a variable name; never put the key in the manifest: store it in an environment variable (or CI secret) and write the variable's name here, e.g. OPENAI_API_KEY (rotate the key if this file was shared)"
    );
  }
  if (ENV_NAME.test(text)) return ok(text);
  return fail("must be the name of an environment variable (letters, digits and _, not starting with a digit), e.g. OPENAI_API_KEY");
}
var nonEmptyString = { type: "string", minLength: 1 };
var FIELDS = {
  id: {
    name: "id",
    jobKey: "id",
    required: false,
    allowedInDefaults: false,
    description: "Unique job id; derived from the prompt and parameters when absent.",
    expected: `text of at most ${MAX_ID_LENGTH} characters`,
    schema: { type: "string", minLength: 1, maxLength: MAX_ID_LENGTH },
    parse: parseId
  },
  prompt: {
    name: "prompt",
    jobKey: "prompt",
    required: true,
    allowedInDefaults: false,
    description: "What the video should show.",
    expected: "text",
    schema: { type: "string", minLength: 1, pattern: "\\S" },
    parse: parsePrompt
  },
  provider: {
    name: "provider",
    jobKey: "provider",
    required: false,
    allowedInDefaults: true,
    description: "Which API runs the job.",
    expected: `one of ${PROVIDER_NAMES.join(", ")}`,
    schema: { type: "string", enum: [...PROVIDER_NAMES] },
    parse: parseProvider
  },
  model: {
    name: "model",
    jobKey: "model",
    required: false,
    allowedInDefaults: true,
    description: "Model name, e.g. sora-2.",
    expected: "text",
    schema: nonEmptyString,
    parse: parseText
  },
  seconds: {
    name: "seconds",
    jobKey: "seconds",
    required: false,
    allowedInDefaults: true,
    description: "Duration in seconds; the provider default when absent.",
    expected: "a positive whole number",
    schema: { oneOf: [{ type: "integer", minimum: 1 }, { type: "string", pattern: "^[0-9]*[1-9][0-9]*$" }] },
    parse: parseSeconds
  },
  size: {
    name: "size",
    jobKey: "size",
    required: false,
    allowedInDefaults: true,
    description: "WIDTHxHEIGHT in pixels, e.g. 1280x720; the provider default when absent.",
    expected: "WIDTHxHEIGHT in pixels, e.g. 1280x720",
    schema: { type: "string", pattern: "^[1-9][0-9]*[xX][1-9][0-9]*$" },
    parse: parseSize
  },
  input_reference: {
    name: "input_reference",
    jobKey: "inputReference",
    required: false,
    allowedInDefaults: true,
    description: "Image to start from, relative to the manifest's directory.",
    expected: `a path to an image file (${IMAGE_EXTENSIONS.join(", ")})`,
    schema: { type: "string", pattern: "\\.([Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg]|[Ww][Ee][Bb][Pp])$" },
    parse: parseInputReference
  },
  remix_of: {
    name: "remix_of",
    jobKey: "remixOf",
    required: false,
    allowedInDefaults: false,
    description: "Id of another job of this manifest, or else a video id on the server, to remix.",
    expected: "a job id or a video id",
    schema: nonEmptyString,
    parse: parseText
  },
  base_url: {
    name: "base_url",
    jobKey: "baseUrl",
    required: false,
    allowedInDefaults: true,
    description: "API base URL for this job (overrides the environment).",
    expected: "an http(s) URL",
    schema: { type: "string", format: "uri", pattern: "^https?://" },
    parse: parseBaseUrl
  },
  api_key_env: {
    name: "api_key_env",
    jobKey: "apiKeyEnv",
    required: false,
    allowedInDefaults: true,
    description: "NAME of the environment variable holding this job's API key (never the key itself).",
    expected: "the name of an environment variable",
    schema: { type: "string", pattern: ENV_NAME.source, maxLength: 64 },
    parse: parseApiKeyEnv
  }
};
function isFieldName(name) {
  return FIELD_NAMES.includes(name);
}
function fieldNameOf(name) {
  if (isFieldName(name)) return name;
  return FIELD_NAMES.find((field) => FIELDS[field].jobKey === name) ?? name;
}
function unknownFieldMessage(name, what = "field") {
  const hint2 = didYouMean(name, FIELD_NAMES);
  return `unknown ${what} ${quote(name)}${hint2 === "" ? `; known ${what}s: ${FIELD_NAMES.join(", ")}` : hint2}`;
}

// src/manifest/csv.ts
function readCsv(text, file3) {
  const issues = [];
  const issue = (line, message, extra = {}) => {
    issues.push({ file: file3, line, ...extra, message });
  };
  const empty = { defaults: [], jobs: [] };
  let records;
  try {
    records = parseRecords(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    issue(csvErrorLine(error, text), csvErrorMessage(error));
    return { manifest: empty, issues };
  }
  const [header, ...rows] = records;
  if (header === void 0) {
    issue(1, "the manifest is empty; the first line must be a header naming the columns, e.g. id,prompt,seconds");
    return { manifest: empty, issues };
  }
  const columns = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === "") {
      const used = rows.some((row) => (row.cells[index] ?? "").trim() !== "");
      if (used) issue(header.line, `column ${index + 1} has no name in the header but holds values`);
    } else if (seen.has(name)) {
      issue(header.line, `column ${quote(name)} appears twice in the header`);
    } else if (!isFieldName(name)) {
      issue(header.line, unknownFieldMessage(name, "column"));
    } else {
      columns.set(index, name);
    }
    seen.add(name);
  });
  if (!seen.has("prompt")) {
    const misspelt = [...seen].some((name) => !isFieldName(name) && closest(name, FIELD_NAMES) === "prompt");
    if (!misspelt) issue(header.line, 'the header has no "prompt" column; every job needs a prompt');
    return { manifest: empty, issues };
  }
  if (rows.length === 0) {
    issue(header.line, "the manifest has no jobs; add one row per job under the header");
  }
  const jobs = [];
  rows.forEach((record4, index) => {
    const row = index + 1;
    if (record4.cells.every((cell) => cell.trim() === "")) return;
    if (record4.cells.length !== header.cells.length) {
      issue(
        record4.line,
        `this row has ${record4.cells.length} cells but the header has ${header.cells.length} columns; put text that contains commas in double quotes`,
        { row }
      );
      return;
    }
    const fields = [];
    for (const [column, name] of columns) {
      const text2 = record4.cells[column] ?? "";
      if (text2.trim() !== "") fields.push({ name, line: record4.line, value: { kind: "text", text: text2 } });
    }
    jobs.push({ line: record4.line, row, fields });
  });
  return { manifest: { defaults: [], jobs }, issues };
}
function parseRecords(text) {
  const output = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ["\r\n", "\n", "\r"]
  });
  if (!Array.isArray(output)) return [];
  const lines = new LineIndex(text);
  const records = [];
  let start = 0;
  for (const item of output) {
    if (!isInfoRecord(item)) throw new Error("csv-parse returned an unexpected shape");
    records.push({ cells: item.record, line: lines.lineOfRecordAt(start) });
    start = item.info.bytes;
  }
  return records;
}
function isInfoRecord(item) {
  if (typeof item !== "object" || item === null || !("record" in item) || !("info" in item)) return false;
  const { record: record4, info } = item;
  return Array.isArray(record4) && record4.every((cell) => typeof cell === "string") && typeof info === "object" && info !== null && "bytes" in info && typeof info.bytes === "number";
}
var LineIndex = class {
  bytes;
  /** Byte offset where each line starts. */
  starts = [0];
  constructor(text) {
    this.bytes = Buffer.from(text, "utf8");
    for (let i = 0; i < this.bytes.length; i++) {
      const byte = this.bytes[i];
      if (byte === 10 || byte === 13 && this.bytes[i + 1] !== 10) this.starts.push(i + 1);
    }
  }
  /** Line of the first byte at or after `offset` that is not a line break (skipped blank lines). */
  lineOfRecordAt(offset) {
    let position = offset;
    while (this.bytes[position] === 10 || this.bytes[position] === 13) position++;
    return this.lineOf(position);
  }
  lineOf(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
};
function csvErrorLine(error, text) {
  if (typeof error.bytes === "number") return new LineIndex(text).lineOfRecordAt(error.bytes);
  return typeof error.lines === "number" ? error.lines : 1;
}
function csvErrorMessage(error) {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return 'CSV syntax error: a quoted field that starts in this record is never closed; add the missing closing "';
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'CSV syntax error: a closing quote is followed by more text; inside a quoted field write a quote as two quotes ("")';
    default: {
      const first = error.message.split("\n")[0] ?? error.message;
      return `CSV syntax error: ${first.replace(/ at line \d+.*$/, "")}`;
    }
  }
}

// src/manifest/validate.ts
import { resolve as resolvePath } from "node:path";

// src/manifest/ids.ts
import { createHash } from "node:crypto";
var MAX_STEM_LENGTH = 100;
var HASH_LENGTH = 8;
var SAFE_STEM = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
var WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
function shortHash(text, length) {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, length);
}
function asciiWords(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}
function fileStem(id) {
  const safe = SAFE_STEM.test(id) && id.length <= MAX_STEM_LENGTH && !id.endsWith(".") && !WINDOWS_RESERVED.test(id);
  if (safe) return id;
  const readable = id.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").slice(0, MAX_STEM_LENGTH - HASH_LENGTH - 2).replace(/^[.-]+/, "").replace(/[.-]+$/, "");
  const stem = `${readable === "" ? "job" : readable}-${shortHash(id, HASH_LENGTH)}`;
  return WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
}
var SLUG_WORDS = 6;
var SLUG_LENGTH = 40;
function promptSlug(prompt) {
  const words = asciiWords(prompt).slice(0, SLUG_WORDS);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > SLUG_LENGTH) break;
    slug = next;
  }
  if (slug === "") slug = (words[0] ?? "").slice(0, SLUG_LENGTH);
  return slug === "" ? "job" : slug;
}
function derivedId(prompt, parameters) {
  return `${promptSlug(prompt)}-${shortHash(JSON.stringify([prompt, ...parameters]), 6)}`;
}
function firstFree(base, taken) {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

// src/manifest/remix.ts
function remixCycles(links) {
  const next = new Map(links.map((link2) => [link2.id, link2.target]));
  const state = /* @__PURE__ */ new Map();
  const cycles = [];
  for (const link2 of links) {
    const path2 = [];
    let current = link2.id;
    while (current !== void 0 && !state.has(current)) {
      state.set(current, "on-path");
      path2.push(current);
      current = next.get(current);
    }
    if (current !== void 0 && state.get(current) === "on-path") cycles.push(path2.slice(path2.indexOf(current)));
    for (const id of path2) state.set(id, "done");
  }
  return cycles;
}

// src/manifest/validate.ts
function validate(raw, options) {
  const issues = [];
  const report = (line, message, at = {}) => {
    if (at.draft) at.draft.broken = true;
    const job = at.draft?.raw.job;
    const row = at.draft?.raw.row;
    issues.push({
      file: options.file,
      line,
      message,
      ...row !== void 0 ? { row } : {},
      ...job !== void 0 ? { job } : {},
      ...at.field !== void 0 ? { field: at.field } : {}
    });
  };
  const defaults2 = {};
  const defaultLines = {};
  for (const field of raw.defaults) {
    if (!isFieldName(field.name)) {
      report(field.line, unknownFieldMessage(field.name));
    } else if (!FIELDS[field.name].allowedInDefaults) {
      report(field.line, `cannot be set in defaults; set it on each job`, { field: field.name });
    } else {
      readField(field, field.name, defaults2, defaultLines, (message) => report(field.line, message, { field: field.name }));
    }
  }
  const drafts = raw.jobs.map((job) => {
    const draft = { raw: job, values: {}, lines: {}, broken: false };
    for (const field of job.fields) {
      if (!isFieldName(field.name)) {
        report(field.line, unknownFieldMessage(field.name), { draft });
        continue;
      }
      readField(field, field.name, draft.values, draft.lines, (message) => report(field.line, message, { draft, field: field.name }));
    }
    const promptField = job.fields.find((field) => field.name === "prompt");
    const misspelt = job.fields.some((field) => !isFieldName(field.name) && closest(field.name, FIELD_NAMES) === "prompt");
    if (promptField === void 0 && !misspelt) {
      report(job.line, "is missing: every job needs a prompt that says what the video should show", { draft, field: "prompt" });
    } else if (promptField !== void 0 && parseValue("prompt", promptField.value) === void 0) {
      report(promptField.line, "must not be empty: say what the video should show", { draft, field: "prompt" });
    }
    return draft;
  });
  const effective = (draft) => effectiveValues(draft.values, defaults2, options);
  const taken = /* @__PURE__ */ new Set();
  for (const draft of drafts) {
    draft.id = draft.values.id;
    if (draft.id !== void 0) taken.add(draft.id);
  }
  for (const draft of drafts) {
    const prompt = draft.values.prompt;
    if (draft.id !== void 0 || prompt === void 0) continue;
    const s = effective(draft);
    draft.id = firstFree(derivedId(prompt, [s.provider, s.model, s.seconds, s.size, s.inputReference, draft.values.remix_of]), taken);
    taken.add(draft.id);
  }
  const byId = /* @__PURE__ */ new Map();
  const byStem = /* @__PURE__ */ new Map();
  for (const draft of drafts) {
    if (draft.id === void 0) continue;
    const first = byId.get(draft.id);
    if (first !== void 0) {
      const message = `id ${quote(draft.id)} is used by the jobs at ${where(first.raw)} and ${where(draft.raw)}; ids must be unique`;
      report(draft.lines.id ?? draft.raw.line, message, { draft, field: "id" });
      continue;
    }
    byId.set(draft.id, draft);
    const stem = fileStem(draft.id).toLowerCase();
    const clash = byStem.get(stem);
    if (clash?.id !== void 0) {
      const message = `ids ${quote(clash.id)} (${where(clash.raw)}) and ${quote(draft.id)} would be saved under the same file name ${quote(fileStem(draft.id))} (file names ignore case on macOS and Windows); rename one`;
      report(draft.lines.id ?? draft.raw.line, message, { draft, field: "id" });
    } else {
      byStem.set(stem, draft);
    }
  }
  for (const draft of drafts) {
    const target = draft.values.remix_of;
    if (target === void 0) continue;
    const line = draft.lines.remix_of ?? draft.raw.line;
    const targetJob = byId.get(target);
    if (targetJob === draft) report(line, "a job may not remix itself", { draft, field: "remix_of" });
    else draft.remixOf = targetJob !== void 0 ? { kind: "job", jobId: target } : { kind: "video", videoId: target };
  }
  const links = drafts.flatMap(
    (draft) => draft.id !== void 0 && draft.remixOf?.kind === "job" ? [{ id: draft.id, target: draft.remixOf.jobId }] : []
  );
  for (const cycle of remixCycles(links)) {
    const members = cycle.map((id) => byId.get(id)).filter((member) => member !== void 0);
    for (const member of members) member.broken = true;
    const first = members.sort((a, b) => a.raw.line - b.raw.line)[0];
    if (first === void 0) continue;
    const start = Math.max(0, cycle.indexOf(first.id ?? ""));
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
    const path2 = [...ordered, ...ordered.slice(0, 1)].map((id) => quote(id)).join(" -> ");
    const message = `remix_of forms a cycle: ${path2}; a job can only remix a job that does not depend on it`;
    report(first.lines.remix_of ?? first.raw.line, message, { draft: first, field: "remix_of" });
  }
  const references = [];
  const jobs = [];
  for (const draft of drafts) {
    const e = effective(draft);
    if (e.inputReference !== void 0) {
      const ownLine = draft.lines.input_reference;
      const path2 = resolvePath(options.manifestDir, e.inputReference);
      if (ownLine !== void 0) references.push({ path: path2, line: ownLine, ...location(draft.raw) });
      else references.push({ path: path2, line: defaultLines.input_reference ?? draft.raw.line });
    }
    const prompt = draft.values.prompt;
    if (draft.broken || draft.id === void 0 || prompt === void 0) continue;
    const source = { file: options.file, line: draft.raw.line, ...draft.raw.row !== void 0 ? { row: draft.raw.row } : {} };
    const spec = {
      id: draft.id,
      prompt,
      provider: e.provider,
      model: e.model,
      ...e.seconds !== void 0 ? { seconds: e.seconds } : {},
      ...e.size !== void 0 ? { size: e.size } : {},
      ...e.inputReference !== void 0 ? { inputReference: resolvePath(options.manifestDir, e.inputReference) } : {},
      ...draft.remixOf !== void 0 ? { remixOf: draft.remixOf } : {},
      ...e.baseUrl !== void 0 ? { baseUrl: e.baseUrl } : {},
      ...e.apiKeyEnv !== void 0 ? { apiKeyEnv: e.apiKeyEnv } : {},
      source
    };
    jobs.push(spec);
    for (const problem of options.checkJob?.(spec, raw.models) ?? []) {
      const field = fieldNameOf(problem.field);
      const line = (isFieldName(field) ? draft.lines[field] : void 0) ?? draft.raw.line;
      report(line, problem.message, { draft, field });
    }
  }
  return { issues, jobs, references };
}
function effectiveValues(job, defaults2, options) {
  const provider = job.provider ?? defaults2.provider ?? options.overrides?.provider ?? options.defaultProvider ?? "openai";
  return {
    provider,
    model: job.model ?? defaults2.model ?? options.overrides?.model ?? options.defaultModel(provider),
    seconds: job.seconds ?? defaults2.seconds,
    size: job.size ?? defaults2.size,
    inputReference: job.input_reference ?? defaults2.input_reference,
    baseUrl: job.base_url ?? defaults2.base_url,
    apiKeyEnv: job.api_key_env ?? defaults2.api_key_env
  };
}
function readField(field, name, values, lines, onError) {
  const result = parseValue(name, field.value);
  if (result === void 0) return;
  if (!result.ok) {
    onError(result.message);
    return;
  }
  values[name] = result.value;
  lines[name] = field.line;
}
function parseValue(name, value) {
  const definition = FIELDS[name];
  if (value.kind === "empty") return void 0;
  if (value.kind !== "text") return { ok: false, message: `must be ${definition.expected} (got a ${value.kind})` };
  const text = value.text.trim();
  return text === "" ? void 0 : definition.parse(text);
}
function location(job) {
  return { ...job.job !== void 0 ? { job: job.job } : {}, ...job.row !== void 0 ? { row: job.row } : {} };
}
function where(job) {
  return job.row !== void 0 ? `line ${job.line} (row ${job.row})` : `line ${job.line}`;
}

// src/manifest/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/models.ts
var import_yaml = __toESM(require_dist(), 1);
var MODEL_FIELDS = [
  "provider",
  "status",
  "shutdown",
  "replacement",
  "seconds",
  "sizes",
  "image_input",
  "requires_image",
  "remix",
  "usd_per_second",
  "default_seconds",
  "note"
];
var SIZE = /^[1-9]\d*x[1-9]\d*$/;
var SIZE_KEY = /^([1-9]\d*x[1-9]\d*|default)$/;
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function readModels(node, line, lineOf, issue) {
  if (!(0, import_yaml.isMap)(node)) {
    issue(line, '"models" must map model ids to their catalog fields, e.g. "sora-2: {status: ga}"', { field: "models" });
    return void 0;
  }
  const result = {};
  for (const pair of node.items) {
    const model = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value ?? "") : "";
    const at = lineOf(pair.key, line);
    if (model.trim() === "") {
      issue(at, 'a model id must be plain text, e.g. "seedance-1-0-pro-250528"', { field: "models" });
      continue;
    }
    if (!(0, import_yaml.isMap)(pair.value)) {
      issue(at, `models: ${quote(model)} must be a mapping of catalog fields, e.g. "{status: ga}" (fields: ${MODEL_FIELDS.join(", ")})`, { field: "models" });
      continue;
    }
    result[model] = readEntry(model, pair.value, at, lineOf, issue);
  }
  return result;
}
function readEntry(model, map, line, lineOf, issue) {
  const entry = {};
  for (const pair of map.items) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value ?? "") : "";
    const at = lineOf(pair.key, line);
    const fail2 = (expected) => issue(at, `models: ${quote(model)}: ${quote(name)} must be ${expected}`, { field: "models" });
    if (!MODEL_FIELDS.includes(name)) {
      issue(at, `models: ${quote(model)}: unknown field ${quote(name)}${didYouMean(name, MODEL_FIELDS) || `; known fields: ${MODEL_FIELDS.join(", ")}`}`, { field: "models" });
      continue;
    }
    const value = pair.value;
    switch (name) {
      case "provider": {
        const text = textOf(value);
        const found = PROVIDER_NAMES.find((p) => p === text);
        if (found) entry.provider = found;
        else fail2(`one of ${PROVIDER_NAMES.join(", ")}`);
        break;
      }
      case "status": {
        const found = MODEL_STATUSES.find((s) => s === textOf(value));
        if (found) entry.status = found;
        else fail2(`one of ${MODEL_STATUSES.join(", ")}`);
        break;
      }
      case "shutdown": {
        const text = textOf(value);
        if (text !== void 0 && DATE.test(text)) entry.shutdown = text;
        else fail2("a date, e.g. 2026-09-24");
        break;
      }
      case "replacement": {
        const items2 = (0, import_yaml.isSeq)(value) ? value.items : [value];
        const replacement = items2.map((item) => {
          const text = textOf(item);
          if (text) return { model: text };
          if ((0, import_yaml.isMap)(item)) {
            const modelId = textOf(item.get("model", true));
            const provider = textOf(item.get("provider", true));
            if (modelId) return { model: modelId, ...provider ? { provider } : {} };
          }
          return void 0;
        });
        if (replacement.every((r) => r !== void 0)) entry.replacement = replacement;
        else fail2("a model id, or a list of model ids or {provider, model} mappings");
        break;
      }
      case "seconds": {
        const list2 = numbers(value);
        if (list2 && list2.length > 0 && list2.every((n) => Number.isSafeInteger(n) && n > 0)) entry.seconds = list2;
        else fail2("a list of whole seconds, e.g. [4, 8]");
        break;
      }
      case "sizes": {
        const list2 = (0, import_yaml.isSeq)(value) ? value.items.map(textOf) : void 0;
        if (list2 && list2.length > 0 && list2.every((s) => s !== void 0 && SIZE.test(s))) entry.sizes = list2;
        else fail2("a list of WIDTHxHEIGHT sizes, e.g. [1280x720, 720x1280]");
        break;
      }
      case "image_input":
      case "requires_image":
      case "remix": {
        const flag = (0, import_yaml.isScalar)(value) && typeof value.value === "boolean" ? value.value : void 0;
        if (flag === void 0) fail2("true or false");
        else if (name === "image_input") entry.image_input = flag;
        else if (name === "requires_image") entry.requires_image = flag;
        else entry.remix = flag;
        break;
      }
      case "usd_per_second": {
        const rate = rateOf(value);
        if (rate !== void 0) entry.usd_per_second = rate;
        else fail2('a price in USD per second (e.g. 0.10), or one per WIDTHxHEIGHT size with "default" for the others');
        break;
      }
      case "default_seconds": {
        const n = numberOf(value);
        if (n !== void 0 && Number.isSafeInteger(n) && n > 0) entry.default_seconds = n;
        else fail2("a whole number of seconds, e.g. 8");
        break;
      }
      case "note": {
        const text = textOf(value);
        if (text !== void 0) entry.note = text;
        else fail2("text");
        break;
      }
    }
  }
  return entry;
}
function textOf(node) {
  if (!(0, import_yaml.isScalar)(node) || node.value === null || typeof node.value === "boolean") return void 0;
  const text = String(node.value).trim();
  return text === "" ? void 0 : text;
}
function numberOf(node) {
  if (!(0, import_yaml.isScalar)(node) || typeof node.value === "boolean" || node.value === null) return void 0;
  const n = Number(node.value);
  return Number.isFinite(n) ? n : void 0;
}
function numbers(node) {
  if (!(0, import_yaml.isSeq)(node)) return void 0;
  const list2 = node.items.map(numberOf);
  return list2.every((n) => n !== void 0) ? list2 : void 0;
}
function rateOf(node) {
  if (!(0, import_yaml.isMap)(node)) {
    const n = numberOf(node);
    return n !== void 0 && n >= 0 ? n : void 0;
  }
  const bySize = {};
  for (const pair of node.items) {
    const size = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const n = numberOf(pair.value);
    if (!SIZE_KEY.test(size) || n === void 0 || n < 0) return void 0;
    bySize[size] = n;
  }
  return bySize;
}

// src/manifest/yaml.ts
var TOP_LEVEL_KEYS = ["defaults", "jobs", "pricing", "models"];
function readYaml(text, file3) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter });
  const issues = [];
  const lineOf = (node, fallback = 1) => {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : fallback;
  };
  const issue = (line, message, extra = {}) => {
    issues.push({ file: file3, line, ...extra, message });
  };
  const empty = { defaults: [], jobs: [] };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issue(errorLine(error, lineCounter), syntaxMessage(error));
    return { manifest: empty, issues };
  }
  const contents = resolve(doc.contents, doc);
  if (contents === void 0 || (0, import_yaml2.isScalar)(contents) && contents.value === null) {
    issue(1, 'the manifest is empty; write a list of jobs ("- prompt: ...") or a mapping with "defaults" and "jobs"');
    return { manifest: empty, issues };
  }
  const mappingFields = (map, job) => {
    const fields = [];
    for (const pair of map.items) {
      const key = resolve(pair.key, doc);
      const line = lineOf(pair.key, lineOf(map));
      if (!(0, import_yaml2.isScalar)(key) || key.value === null) {
        issue(line, 'field names must be plain words such as "prompt"', { job });
        continue;
      }
      fields.push({ name: key.source ?? String(key.value), line, value: rawValue(pair.value, doc) });
    }
    return fields;
  };
  const readJobs = (list2, listLine) => {
    if (!(0, import_yaml2.isSeq)(list2)) {
      issue(listLine, `"jobs" must be a list of jobs, each starting with "- prompt: ..." (got ${describe(list2, doc)})`);
      return [];
    }
    if (list2.items.length === 0) issue(listLine, 'the manifest has no jobs; add at least one "- prompt: ..."');
    const jobs2 = [];
    list2.items.forEach((item, index) => {
      const job = index + 1;
      const node = resolve(item, doc);
      const line = lineOf(item, listLine);
      if (!(0, import_yaml2.isMap)(node)) {
        const hint2 = (0, import_yaml2.isScalar)(node) && typeof node.value === "string" ? '; to give only a prompt, write "- prompt: ..."' : "";
        issue(line, `a job must be a mapping of fields (got ${describe(item, doc)})${hint2}`, { job });
        return;
      }
      jobs2.push({ line, job, fields: mappingFields(node, job) });
    });
    return jobs2;
  };
  if ((0, import_yaml2.isSeq)(contents)) return { manifest: { defaults: [], jobs: readJobs(contents, lineOf(contents)) }, issues };
  if (!(0, import_yaml2.isMap)(contents)) {
    issue(lineOf(contents), `a manifest must be a list of jobs or a mapping with "defaults" and "jobs" (got ${describe(contents, doc, true)})`);
    return { manifest: empty, issues };
  }
  let defaults2 = [];
  let jobs = [];
  let sawJobs = false;
  let pricing;
  let models2;
  for (const pair of contents.items) {
    const key = resolve(pair.key, doc);
    const name = (0, import_yaml2.isScalar)(key) ? String(key.source ?? key.value) : "";
    const line = lineOf(pair.key, lineOf(contents));
    if (name === "jobs") {
      sawJobs = true;
      jobs = readJobs(resolve(pair.value, doc), line);
    } else if (name === "defaults") {
      const value = resolve(pair.value, doc);
      if ((0, import_yaml2.isMap)(value)) defaults2 = mappingFields(value);
      else if (!((0, import_yaml2.isScalar)(value) && value.value === null) && value !== void 0) {
        issue(line, `"defaults" must be a mapping of fields, e.g. "seconds: 8" (got ${describe(pair.value, doc)})`);
      }
    } else if (name === "pricing") {
      pricing = readPricing(resolve(pair.value, doc), line, lineOf, issue);
    } else if (name === "models") {
      models2 = readModels(resolve(pair.value, doc), line, lineOf, issue);
    } else {
      const message = isFieldName(name) ? `unknown top-level key ${quote(name)}: it is a job field; put jobs in a list under "jobs:", or make the whole file a list ("- prompt: ...")` : `unknown top-level key ${quote(name)}${didYouMean(name, TOP_LEVEL_KEYS) || "; known keys: defaults, jobs, pricing, models"}`;
      issue(line, message);
    }
  }
  if (!sawJobs) issue(lineOf(contents), 'no "jobs" list; add "jobs:" with one "- prompt: ..." per job');
  return { manifest: { defaults: defaults2, jobs, ...pricing ? { pricing } : {}, ...models2 ? { models: models2 } : {} }, issues };
}
var SIZE_KEY2 = /^(\d+x\d+|default)$/;
function readPricing(node, line, lineOf, issue) {
  if (!(0, import_yaml2.isMap)(node)) {
    issue(line, '"pricing" must map model names to USD per second, e.g. "sora-2: 0.10"', { field: "pricing" });
    return void 0;
  }
  const rate = (value, at, what) => {
    const n = (0, import_yaml2.isScalar)(value) ? Number(value.value) : Number.NaN;
    if ((0, import_yaml2.isScalar)(value) && typeof value.value !== "boolean" && value.value !== null && Number.isFinite(n) && n >= 0) return n;
    issue(at, `${what} must be a price in USD per second, e.g. 0.10`, { field: "pricing" });
    return void 0;
  };
  const result = {};
  for (const pair of node.items) {
    const model = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "";
    const at = lineOf(pair.key, line);
    if ((0, import_yaml2.isMap)(pair.value)) {
      const bySize = {};
      for (const inner of pair.value.items) {
        const size = (0, import_yaml2.isScalar)(inner.key) ? String(inner.key.value) : "";
        const innerAt = lineOf(inner.key, at);
        if (!SIZE_KEY2.test(size)) {
          issue(innerAt, `pricing for ${quote(model)}: ${quote(size)} is not a size such as 1280x720 or "default"`, { field: "pricing" });
          continue;
        }
        const n = rate(inner.value, innerAt, `pricing for ${quote(model)} at ${size}`);
        if (n !== void 0) bySize[size] = n;
      }
      result[model] = bySize;
    } else {
      const n = rate(pair.value, at, `pricing for ${quote(model)}`);
      if (n !== void 0) result[model] = n;
    }
  }
  return result;
}
function resolve(node, doc) {
  return (0, import_yaml2.isAlias)(node) ? node.resolve(doc) : node ?? void 0;
}
function rawValue(node, doc) {
  const value = resolve(node, doc);
  if ((0, import_yaml2.isMap)(value)) return { kind: "mapping" };
  if ((0, import_yaml2.isSeq)(value)) return { kind: "list" };
  if (!(0, import_yaml2.isScalar)(value) || value.value === null) return { kind: "empty" };
  return { kind: "text", text: value.source ?? String(value.value) };
}
function describe(node, doc, firstWordOnly = false) {
  const value = rawValue(node, doc);
  switch (value.kind) {
    case "text": {
      if (!firstWordOnly) return `text ${quote(value.text)}`;
      const [first = "", ...rest] = value.text.trim().split(/\s+/);
      return `text ${quote(rest.length > 0 ? `${first} \u2026` : first)}`;
    }
    case "list":
      return "a list";
    case "mapping":
      return "a mapping";
    case "empty":
      return "nothing";
  }
}
function errorLine(error, lineCounter) {
  return error.linePos?.[0].line ?? lineCounter.linePos(error.pos[0]).line;
}
function syntaxMessage(error) {
  if (error.code === "MULTIPLE_DOCS") {
    return 'YAML syntax error: the file holds more than one document ("---"); put all jobs in one list';
  }
  if (error.code === "DUPLICATE_KEY") return "YAML syntax error: this key appears twice in the same mapping";
  const first = error.message.split("\n")[0] ?? error.message;
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, "")}`;
}

// src/manifest/parse.ts
function formatOf(file3) {
  const extension = extname2(file3).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  if (extension === ".csv") return "csv";
  return void 0;
}
function analyzeManifest(text, options) {
  const format = options.format ?? formatOf(options.file);
  if (format === void 0) {
    const extension = extname2(options.file);
    const issue = {
      file: options.file,
      line: 0,
      message: `cannot tell the manifest format from the ${extension === "" ? "missing extension" : `extension ${quote(extension)}`}; name the file .yaml, .yml or .csv`
    };
    return { issues: [issue], jobs: [], references: [] };
  }
  const frontEnd = format === "csv" ? readCsv(text, options.file) : readYaml(text, options.file);
  const validation = validate(frontEnd.manifest, options);
  const issues = [...frontEnd.issues, ...validation.issues].sort((a, b) => a.line - b.line);
  return { ...validation, issues, pricing: frontEnd.manifest.pricing, models: frontEnd.manifest.models };
}

// src/manifest/read.ts
import { constants as constants2 } from "node:fs";
import { open as open2, realpath as realpath2 } from "node:fs/promises";
import { dirname, isAbsolute as isAbsolute3, resolve as resolve2 } from "node:path";

// src/manifest/image.ts
import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { basename as basename2, extname as extname3, isAbsolute as isAbsolute2, relative as relative2, sep } from "node:path";
var MAX_INPUT_IMAGE_BYTES = 20 * 1024 * 1024;
var TYPE_OF_EXTENSION = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp"
};
var TYPE_NAME = { "image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WebP" };
var HEAD_BYTES = 12;
function sniffImageType(head) {
  const starts = (bytes, at = 0) => bytes.every((byte, i) => head[at + i] === byte);
  if (starts([137, 80, 78, 71, 13, 10, 26, 10])) return "image/png";
  if (starts([255, 216, 255])) return "image/jpeg";
  if (starts([82, 73, 70, 70]) && starts([87, 69, 66, 80], 8)) return "image/webp";
  return void 0;
}
var InputImageError = class extends Error {
  name = "InputImageError";
};
async function inputImageProblem(path2, rules = {}) {
  try {
    await inspect(path2, rules, false);
    return void 0;
  } catch (error) {
    if (error instanceof InputImageError) return error.message;
    throw error;
  }
}
async function readInputImage(path2, rules = {}) {
  const { bytes, mimeType } = await inspect(path2, rules, true);
  return { bytes, mimeType, name: basename2(path2) };
}
async function inspect(path2, rules, whole) {
  const claimed = TYPE_OF_EXTENSION[extname3(path2).toLowerCase()];
  if (claimed === void 0) throw new InputImageError(`${path2} is not a .png, .jpg, .jpeg or .webp file`);
  const real = await realpath(path2).catch((error) => {
    throw new InputImageError(fileErrorMessage(error, path2));
  });
  const roots = rules.roots ?? [];
  if (roots.length > 0 && !roots.some((root) => inside(root, real))) {
    throw new InputImageError(
      `${path2} leads outside the manifest's folder; input images must be inside it (or inside a folder given with --input-dir / the action's input-dir)`
    );
  }
  if (/^\/(proc|sys|dev)(\/|$)/.test(real)) throw new InputImageError(`${path2} is a system file, not an image`);
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error) => {
    throw new InputImageError(fileErrorMessage(error, path2));
  });
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new InputImageError(`${path2} is not a regular file; give the path of an image`);
    const maxBytes = rules.maxBytes ?? MAX_INPUT_IMAGE_BYTES;
    if (stats.size > maxBytes) throw new InputImageError(tooBig(path2, stats, maxBytes));
    const bytes = await readUpTo(handle, whole ? maxBytes + 1 : HEAD_BYTES);
    if (bytes.length > maxBytes) throw new InputImageError(`${path2} is larger than the ${mib(maxBytes)} limit for input images`);
    const actual = sniffImageType(bytes);
    if (actual !== claimed) {
      const holds = actual === void 0 ? "its bytes are not an image" : `it holds a ${TYPE_NAME[actual]} image`;
      throw new InputImageError(`${path2} is named as a ${TYPE_NAME[claimed]} image but ${holds}; give a real ${TYPE_NAME[claimed]} file or fix its extension`);
    }
    return { bytes, mimeType: claimed };
  } finally {
    await handle.close();
  }
}
async function readUpTo(handle, limit2) {
  const buffer = Buffer.alloc(limit2);
  let filled = 0;
  while (filled < limit2) {
    const { bytesRead } = await handle.read(buffer, filled, limit2 - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
function inside(root, path2) {
  const rel = relative2(root, path2);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute2(rel);
}
function mib(bytes) {
  return `${Math.round(bytes / 1024 / 1024 * 10) / 10} MiB`;
}
function tooBig(path2, stats, maxBytes) {
  return `${path2} is ${mib(stats.size)}; input images are limited to ${mib(maxBytes)} (resize or compress it)`;
}
function fileErrorMessage(error, path2) {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : void 0;
  if (code === "ENOENT" || code === "ENOTDIR") return `no file at ${path2} (input_reference paths are relative to the manifest's directory)`;
  if (code === "ELOOP") return `${path2} is a symlink loop`;
  return `cannot read ${path2} (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

// src/manifest/types.ts
function formatIssue(issue) {
  let where2 = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  if (issue.row !== void 0) where2 += ` (row ${issue.row})`;
  const about = [];
  if (issue.job !== void 0) about.push(`job ${issue.job}`);
  if (issue.field !== void 0) about.push(`field "${issue.field}"`);
  const message = issue.message.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return about.length > 0 ? `${where2}: ${about.join(", ")}: ${message}` : `${where2}: ${message}`;
}
var ManifestError = class extends Error {
  issues;
  constructor(issues) {
    super(issues.map(formatIssue).join("\n"));
    this.name = "ManifestError";
    this.issues = issues;
  }
};

// src/manifest/read.ts
async function readManifest(path2, options) {
  const file3 = options.file ?? path2;
  let text;
  try {
    text = await readRegularFile(path2);
  } catch (error) {
    throw new ManifestError([{ file: file3, line: 0, message: readErrorMessage(error, path2) }]);
  }
  const format = options.format ?? formatOf(path2);
  const manifestDir = dirname(resolve2(path2));
  const parsed = analyzeManifest(text, { ...options, file: file3, format, manifestDir });
  const roots = await imageRoots(manifestDir, options.inputDirs ?? [], file3);
  const fileIssues = parsed.references.length === 0 ? [] : await checkReferences(parsed.references, file3, roots);
  const issues = [...parsed.issues, ...fileIssues].sort((a, b) => a.line - b.line);
  if (issues.length > 0) throw new ManifestError(issues);
  return { file: file3, jobs: parsed.jobs, ...parsed.pricing ? { pricing: parsed.pricing } : {}, ...parsed.models ? { models: parsed.models } : {} };
}
async function readRegularFile(path2) {
  const handle = await open2(path2, constants2.O_RDONLY | constants2.O_NOFOLLOW | constants2.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREGULAR" });
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}
async function imageRoots(manifestDir, inputDirs, file3) {
  const roots = [await realpath2(manifestDir)];
  for (const dir of inputDirs) {
    try {
      roots.push(await realpath2(resolve2(dir)));
    } catch {
      throw new ManifestError([{ file: file3, line: 0, message: `the input folder ${dir} does not exist (check --input-dir or the action's input-dir)` }]);
    }
  }
  return roots;
}
async function checkReferences(references, file3, roots) {
  const unique = new Map(references.map((reference) => [`${reference.line}\0${reference.path}`, reference]));
  const checks = [...unique.values()].map(async (reference) => {
    const message = await inputImageProblem(reference.path, { roots });
    if (message === void 0) return void 0;
    const { line, job, row } = reference;
    return { file: file3, line, ...row !== void 0 ? { row } : {}, ...job !== void 0 ? { job } : {}, field: "input_reference", message };
  });
  return (await Promise.all(checks)).filter((issue) => issue !== void 0);
}
function errorCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  return typeof error.code === "string" ? error.code : void 0;
}
function readErrorMessage(error, path2) {
  switch (errorCode(error)) {
    case "ENOENT":
      return isAbsolute3(path2) ? `cannot read the manifest: no file at ${path2}` : `cannot read the manifest: no such file (relative paths start from ${process.cwd()})`;
    case "EISDIR":
      return "cannot read the manifest: this is a directory; give the path of a .yaml, .yml or .csv file";
    case "ELOOP":
      return "cannot read the manifest: it is a symlink; give the path of the manifest file itself";
    case "ENOTREGULAR":
      return "cannot read the manifest: it is not a regular file (a pipe, device or socket); give the path of a .yaml, .yml or .csv file";
    case "EACCES":
    case "EPERM":
      return "cannot read the manifest: permission denied";
    default:
      return `cannot read the manifest (${errorCode(error) ?? "unknown error"})`;
  }
}

// src/run.ts
import { mkdir as mkdir3 } from "node:fs/promises";
import { join as join3, resolve as resolve4 } from "node:path";

// src/models.json
var models_default = {
  $schema: "../schema/models.schema.json",
  description: "The model catalog: limits, list prices (dated, sourced) and lifecycle of every model video-batch knows. Unknown models pass through unchecked. A manifest's models: block extends or overrides any row.",
  models: [
    {
      provider: "openai",
      model: "sora-2",
      vendor: "OpenAI",
      status: "retired",
      shutdown: "2026-09-24",
      replacement: [
        {
          provider: "seedance",
          model: "seedance-1-0-pro-250528"
        },
        {
          provider: "vertex",
          model: "veo-3.1-fast-generate-001"
        }
      ],
      lifecycle_source: {
        title: 'OpenAI, Sora 2 model page ("Sora 2 models and the Videos API were shut down on September 24, 2026"; no direct replacement API)',
        url: "https://developers.openai.com/api/docs/models/sora-2",
        read: "2026-12-01"
      },
      seconds: [
        4,
        8,
        12
      ],
      sizes: [
        "720x1280",
        "1280x720"
      ],
      image_input: true,
      remix: true,
      limits_source: {
        title: "openai SDK 6.30.1 types (resources/videos.d.ts) and OpenAI API pricing",
        read: "2026-11-26"
      },
      price: {
        usd_per_second: 0.1,
        default_seconds: 4,
        source: {
          title: "OpenAI API pricing",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "openai",
      model: "sora-2-pro",
      vendor: "OpenAI",
      status: "retired",
      shutdown: "2026-09-24",
      replacement: [
        {
          provider: "seedance",
          model: "seedance-1-0-pro-250528"
        },
        {
          provider: "vertex",
          model: "veo-3.1-fast-generate-001"
        }
      ],
      lifecycle_source: {
        title: 'OpenAI, Sora 2 model page ("Sora 2 models and the Videos API were shut down on September 24, 2026"; no direct replacement API)',
        url: "https://developers.openai.com/api/docs/models/sora-2",
        read: "2026-12-01"
      },
      seconds: [
        4,
        8,
        12
      ],
      sizes: [
        "720x1280",
        "1280x720",
        "1024x1792",
        "1792x1024"
      ],
      image_input: true,
      remix: true,
      limits_source: {
        title: "openai SDK 6.30.1 types (resources/videos.d.ts) and OpenAI API pricing",
        read: "2026-11-26"
      },
      price: {
        usd_per_second: {
          "720x1280": 0.3,
          "1280x720": 0.3,
          "1024x1792": 0.5,
          "1792x1024": 0.5,
          default: 0.3
        },
        default_seconds: 4,
        source: {
          title: "OpenAI API pricing",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "openai",
      model: "seedance-1-0-pro-250528",
      vendor: "ByteDance (through an OpenAI-shape gateway)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      note: "default of the openai shapes since OpenAI has no video model left: a gateway's own limits apply (none checked here); the estimate uses ModelArk's list price",
      price: {
        usd_per_second: {
          "854x480": 0.024,
          "480x854": 0.024,
          "1280x720": 0.054,
          "720x1280": 0.054,
          "1920x1080": 0.122,
          "1080x1920": 0.122,
          default: 0.122
        },
        default_seconds: 5,
        source: {
          title: "BytePlus ModelArk pricing, per token (USD 2.50 per million for 1.0 pro; tokens ~ width x height x 24 fps x seconds / 1024), converted per second",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "openai-generations",
      model: "seedance-1-0-pro-250528",
      vendor: "ByteDance (through an OpenAI-shape gateway)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      note: "default of the openai shapes since OpenAI has no video model left: a gateway's own limits apply",
      price: {
        usd_per_second: {
          default: 0.122
        },
        default_seconds: 5,
        source: {
          title: "BytePlus ModelArk pricing, per token (USD 2.50 per million for 1.0 pro; tokens ~ width x height x 24 fps x seconds / 1024), converted per second",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "veo",
      model: "veo-3.1-generate-preview",
      vendor: "Google (Gemini API)",
      status: "retired",
      shutdown: "2026-10-22",
      replacement: [
        {
          provider: "vertex",
          model: "veo-3.1-generate-001"
        },
        {
          provider: "gemini",
          model: "gemini-omni-flash-preview"
        }
      ],
      lifecycle_source: {
        title: `Gemini API resellers' notices, as quoted in issue 10: creates answer 404 "... is no longer available" since 2026-10-22; successor gemini-omni-flash-preview on the Interactions API`,
        read: "2026-12-01",
        unconfirmed: "reported, unconfirmed by Google: no Google page announcing the shutdown was found"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: 'Gemini API, "Generate videos with Veo 3.1" (page updated 2026-06-30)',
        url: "https://ai.google.dev/gemini-api/docs/veo",
        read: "2026-11-26"
      },
      price: {
        usd_per_second: 0.4,
        default_seconds: 8,
        source: {
          title: "Gemini API pricing (Veo 3.1, with audio)",
          url: "https://ai.google.dev/gemini-api/docs/pricing",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "veo",
      model: "veo-3.1-fast-generate-preview",
      vendor: "Google (Gemini API)",
      status: "retired",
      shutdown: "2026-10-22",
      replacement: [
        {
          provider: "vertex",
          model: "veo-3.1-fast-generate-001"
        },
        {
          provider: "gemini",
          model: "gemini-omni-flash-preview"
        }
      ],
      lifecycle_source: {
        title: `Gemini API resellers' notices, as quoted in issue 10: creates answer 404 "... is no longer available" since 2026-10-22; successor gemini-omni-flash-preview on the Interactions API`,
        read: "2026-12-01",
        unconfirmed: "reported, unconfirmed by Google: no Google page announcing the shutdown was found"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: 'Gemini API, "Generate videos with Veo 3.1" (page updated 2026-06-30)',
        url: "https://ai.google.dev/gemini-api/docs/veo",
        read: "2026-11-26"
      },
      price: {
        usd_per_second: 0.15,
        default_seconds: 8,
        source: {
          title: "Gemini API pricing (Veo 3.1 Fast, with audio)",
          url: "https://ai.google.dev/gemini-api/docs/pricing",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "veo",
      model: "veo-3.1-lite-generate-preview",
      vendor: "Google (Gemini API)",
      status: "retired",
      shutdown: "2026-10-22",
      replacement: [
        {
          provider: "vertex",
          model: "veo-3.1-fast-generate-001"
        },
        {
          provider: "gemini",
          model: "gemini-omni-flash-preview"
        }
      ],
      lifecycle_source: {
        title: `Gemini API resellers' notices, as quoted in issue 10: creates answer 404 "... is no longer available" since 2026-10-22; successor gemini-omni-flash-preview on the Interactions API`,
        read: "2026-12-01",
        unconfirmed: "reported, unconfirmed by Google: no Google page announcing the shutdown was found"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: 'Gemini API, "Generate videos with Veo 3.1" (page updated 2026-06-30)',
        url: "https://ai.google.dev/gemini-api/docs/veo",
        read: "2026-11-26"
      }
    },
    {
      provider: "veo",
      model: "veo-3.1-generate-001",
      vendor: "Google (Vertex AI)",
      status: "ga",
      lifecycle_source: {
        title: "Google Cloud, Veo 3.1 model page (model id veo-3.1-generate-001; text and image input, extend, sound)",
        url: "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/veo/3-1-generate",
        read: "2026-12-01"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: "Vertex AI Veo model pages (Veo 3: 4, 6 or 8 s; 16:9 and 9:16)",
        url: "https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001",
        read: "2026-12-01",
        unconfirmed: "durations and sizes of the 3.1 GA ids not read from their own page: copied from Veo 3.1 on the Gemini API"
      },
      note: "Vertex AI id, for gateways that serve the Gemini API's shape in front of Vertex AI; Google's own Gemini API answers 404 for -001 ids"
    },
    {
      provider: "veo",
      model: "veo-3.1-fast-generate-001",
      vendor: "Google (Vertex AI)",
      status: "ga",
      lifecycle_source: {
        title: "Vertex AI model id veo-3.1-fast-generate-001, as listed by third-party guides (Gemini API vs Vertex AI id tables)",
        read: "2026-12-01",
        unconfirmed: "no Google page for the fast model was read; GA status taken from issue 10"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: "Vertex AI Veo model pages (Veo 3: 4, 6 or 8 s; 16:9 and 9:16)",
        url: "https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001",
        read: "2026-12-01",
        unconfirmed: "durations and sizes of the 3.1 GA ids not read from their own page: copied from Veo 3.1 on the Gemini API"
      },
      note: "Vertex AI id, for gateways that serve the Gemini API's shape in front of Vertex AI; Google's own Gemini API answers 404 for -001 ids"
    },
    {
      provider: "vertex",
      model: "veo-3.1-generate-001",
      vendor: "Google (Vertex AI)",
      status: "ga",
      lifecycle_source: {
        title: "Google Cloud, Veo 3.1 model page (model id veo-3.1-generate-001; text and image input, extend, sound)",
        url: "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/veo/3-1-generate",
        read: "2026-12-01"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: "Vertex AI Veo model pages (Veo 3: 4, 6 or 8 s; 16:9 and 9:16)",
        url: "https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001",
        read: "2026-12-01",
        unconfirmed: "durations and sizes of the 3.1 GA ids not read from their own page: copied from Veo 3.1 on the Gemini API"
      },
      note: "for the coming vertex provider (Vertex AI predictLongRunning with Google Cloud credentials); listed only, no job can use it yet"
    },
    {
      provider: "vertex",
      model: "veo-3.1-fast-generate-001",
      vendor: "Google (Vertex AI)",
      status: "ga",
      lifecycle_source: {
        title: "Vertex AI model id veo-3.1-fast-generate-001, as listed by third-party guides (Gemini API vs Vertex AI id tables)",
        read: "2026-12-01",
        unconfirmed: "no Google page for the fast model was read; GA status taken from issue 10"
      },
      seconds: [
        4,
        6,
        8
      ],
      sizes: [
        "1280x720",
        "720x1280",
        "1920x1080",
        "1080x1920",
        "3840x2160",
        "2160x3840"
      ],
      seconds_by_size: {
        "1920x1080": [
          8
        ],
        "1080x1920": [
          8
        ],
        "3840x2160": [
          8
        ],
        "2160x3840": [
          8
        ]
      },
      image_input: true,
      remix: false,
      limits_source: {
        title: "Vertex AI Veo model pages (Veo 3: 4, 6 or 8 s; 16:9 and 9:16)",
        url: "https://cloud.google.com/vertex-ai/generative-ai/docs/models/veo/3-0-generate-001",
        read: "2026-12-01",
        unconfirmed: "durations and sizes of the 3.1 GA ids not read from their own page: copied from Veo 3.1 on the Gemini API"
      },
      note: "for the coming vertex provider (Vertex AI predictLongRunning with Google Cloud credentials); listed only, no job can use it yet"
    },
    {
      provider: "seedance",
      model: "seedance-1-0-pro-250528",
      aliases: [
        "doubao-seedance-1-0-pro-250528"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      seconds: [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12
      ],
      image_input: true,
      remix: false,
      limits_source: {
        title: 'BytePlus ModelArk / Volcengine Ark, "Create a video generation task" (docs 1520757)',
        url: "https://docs.byteplus.com/en/docs/ModelArk/1520757",
        read: "2026-11-26"
      },
      price: {
        usd_per_second: {
          "854x480": 0.024,
          "480x854": 0.024,
          "1280x720": 0.054,
          "720x1280": 0.054,
          "1920x1080": 0.122,
          "1080x1920": 0.122,
          default: 0.122
        },
        default_seconds: 5,
        source: {
          title: "BytePlus ModelArk pricing, per token (USD 2.50 per million for 1.0 pro; tokens ~ width x height x 24 fps x seconds / 1024), converted per second",
          read: "2026-11-26"
        }
      }
    },
    {
      provider: "seedance",
      model: "seedance-1-0-pro-fast-251015",
      aliases: [
        "doubao-seedance-1-0-pro-fast-251015"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      seconds: [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12
      ],
      image_input: true,
      remix: false,
      limits_source: {
        title: 'BytePlus ModelArk / Volcengine Ark, "Create a video generation task" (docs 1520757)',
        url: "https://docs.byteplus.com/en/docs/ModelArk/1520757",
        read: "2026-11-26"
      }
    },
    {
      provider: "seedance",
      model: "seedance-1-0-lite-t2v-250428",
      aliases: [
        "doubao-seedance-1-0-lite-t2v-250428"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      seconds: [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12
      ],
      image_input: false,
      remix: false,
      limits_source: {
        title: 'BytePlus ModelArk / Volcengine Ark, "Create a video generation task" (docs 1520757)',
        url: "https://docs.byteplus.com/en/docs/ModelArk/1520757",
        read: "2026-11-26"
      }
    },
    {
      provider: "seedance",
      model: "seedance-1-0-lite-i2v-250428",
      aliases: [
        "doubao-seedance-1-0-lite-i2v-250428"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      seconds: [
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12
      ],
      image_input: true,
      remix: false,
      limits_source: {
        title: 'BytePlus ModelArk / Volcengine Ark, "Create a video generation task" (docs 1520757)',
        url: "https://docs.byteplus.com/en/docs/ModelArk/1520757",
        read: "2026-11-26"
      },
      requires_image: true
    },
    {
      provider: "seedance",
      model: "seedance-1-5-pro-251215",
      aliases: [
        "doubao-seedance-1-5-pro-251215"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance model ids in service, as listed by the Crazyrouter gateway's Seedance page (Volcengine doubao- ids; BytePlus ModelArk serves the same models without the prefix)",
        url: "https://docs.crazyrouter.com/video/seedance",
        read: "2026-12-01",
        unconfirmed: "no BytePlus deprecation page read; status ga is the absence of a shutdown notice"
      },
      seconds: [
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12
      ],
      image_input: true,
      remix: false,
      limits_source: {
        title: 'BytePlus ModelArk / Volcengine Ark, "Create a video generation task" (docs 1520757)',
        url: "https://docs.byteplus.com/en/docs/ModelArk/1520757",
        read: "2026-11-26"
      }
    },
    {
      provider: "seedance",
      model: "dreamina-seedance-2-0-260128",
      aliases: [
        "doubao-seedance-2-0-260128"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance 2.0 ids from third-party clients (byteplus-py: dreamina-seedance-2-0-fast-260128; Crazyrouter: doubao-seedance-2-0-260128)",
        url: "https://pypi.org/project/byteplus-py/",
        read: "2026-12-01",
        unconfirmed: "limits (4 to 15 s, 480p/720p) and price only from third-party pages: not checked"
      },
      image_input: true,
      remix: false,
      note: "limits not checked: sent as written"
    },
    {
      provider: "seedance",
      model: "dreamina-seedance-2-0-fast-260128",
      aliases: [
        "doubao-seedance-2-0-fast-260128"
      ],
      vendor: "ByteDance (BytePlus ModelArk; Volcengine Ark ids start doubao-)",
      status: "ga",
      lifecycle_source: {
        title: "Seedance 2.0 ids from third-party clients (byteplus-py: dreamina-seedance-2-0-fast-260128; Crazyrouter: doubao-seedance-2-0-260128)",
        url: "https://pypi.org/project/byteplus-py/",
        read: "2026-12-01",
        unconfirmed: "limits (4 to 15 s, 480p/720p) and price only from third-party pages: not checked"
      },
      image_input: true,
      remix: false,
      note: "limits not checked: sent as written"
    }
  ]
};

// src/providers/catalog-data.ts
var CATALOG = models_default.models;
var named = (row, model) => row.model === model || (row.aliases?.includes(model) ?? false);
function catalogRow(provider, model) {
  return CATALOG.find((row) => row.provider === provider && named(row, model));
}
function overrideFor(provider, model, models2) {
  const entry = models2?.[model];
  return entry && (entry.provider === void 0 || entry.provider === provider) ? entry : void 0;
}
function defined(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function lifecycleOf(provider, model, models2) {
  const row = catalogRow(provider, model) ?? CATALOG.find((r) => named(r, model));
  const own = overrideFor(provider, model, models2);
  if (!row && !own?.status) return void 0;
  const status = own?.status ?? row?.status ?? "ga";
  return {
    status,
    ...defined("shutdown", own?.shutdown ?? row?.shutdown),
    replacement: own?.replacement ?? row?.replacement ?? [],
    ...row && own?.status !== void 0 && own.status !== row.status ? { catalogStatus: row.status } : {}
  };
}
function listPrice(provider, model, models2) {
  const own = overrideFor(provider, model, models2);
  const row = [catalogRow(provider, model), ...CATALOG.filter((r) => named(r, model))].find((r) => r?.price !== void 0);
  const defaultSeconds = own?.default_seconds ?? row?.price?.default_seconds;
  if (own?.usd_per_second !== void 0) {
    return { usdPerSecond: own.usd_per_second, defaultSeconds: defaultSeconds ?? 0, source: "the manifest's models: block" };
  }
  if (!row?.price) return void 0;
  const { source } = row.price;
  return { usdPerSecond: row.price.usd_per_second, defaultSeconds: defaultSeconds ?? row.price.default_seconds, source: `${source.title}, read ${source.read}` };
}
function describeReplacements(replacement) {
  return replacement.map((r) => r.provider ? `${r.model} (provider: ${r.provider})` : r.model).join(" or ");
}

// src/providers/hop-rules.ts
import { isIPv4, isIPv6 } from "node:net";
function ipv4Class(octets) {
  const [a = 0, b = 0] = octets;
  if (a === 0) return "unspecified";
  if (a === 127) return "loopback";
  if (a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 100 && b >= 64 && b <= 127) return "private";
  if (a === 169 && b === 254) return "link-local";
  if (a >= 224) return "reserved";
  return "public";
}
function ipv6Groups(text) {
  const [head = "", tail] = text.split("::");
  const part = (s) => s === "" ? [] : s.split(":");
  const left = part(head);
  const right = tail === void 0 ? [] : part(tail);
  const fill = tail === void 0 ? 0 : 8 - left.length - right.length;
  if (fill < 0) return void 0;
  const groups = [...left, ...Array(fill).fill("0"), ...right].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 65535) ? groups : void 0;
}
function ipv6Class(groups) {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embedded = [g6 >> 8, g6 & 255, g7 >> 8, g7 & 255];
  const upper = g0 | g1 | g2 | g3 | g4;
  if (upper === 0 && g5 === 0 && g6 === 0) return g7 === 1 ? "loopback" : g7 === 0 ? "unspecified" : "reserved";
  if (upper === 0 && (g5 === 65535 || g5 === 0)) return ipv4Class(embedded);
  if (g0 === 100 && g1 === 65435 && (g2 | g3 | g4 | g5) === 0) return ipv4Class(embedded);
  if ((g0 & 65472) === 65152) return "link-local";
  if ((g0 & 65024) === 64512) return "private";
  if ((g0 & 65280) === 65280) return "reserved";
  return "public";
}
function hostClass(hostname2) {
  const host = hostname2.replace(/\.$/, "").toLowerCase();
  if (isIPv4(host)) return ipv4Class(host.split(".").map(Number));
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIPv6(bare)) {
    const groups = ipv6Groups(bare);
    return groups ? ipv6Class(groups) : "reserved";
  }
  if (host === "localhost" || host.endsWith(".localhost") || host === "localhost.localdomain") return "loopback";
  return "public";
}
function isLoopbackHost(hostname2) {
  return hostClass(hostname2) === "loopback";
}
function hopRulesFor(baseUrl) {
  const url = new URL(baseUrl);
  return { apiOrigin: url.origin, loopback: isLoopbackHost(url.hostname) };
}
function hopRefusal(url, rules) {
  if (url.origin === rules.apiOrigin && url.origin !== "null") return void 0;
  if (url.protocol !== "https:" && url.protocol !== "http:") return `${url.protocol} URLs are never fetched`;
  const kind = hostClass(url.hostname);
  if (kind === "loopback") return rules.loopback ? void 0 : "it is this machine (loopback), and the API is not";
  if (kind !== "public") return `it is a ${kind} address`;
  if (url.protocol !== "https:") return "it is plain http (only https is fetched from other hosts)";
  return void 0;
}

// src/providers/types.ts
var ProviderError = class extends Error {
  constructor(kind, message, details = {}) {
    super(message);
    this.kind = kind;
    this.details = details;
  }
  kind;
  details;
  name = "ProviderError";
};
var ASSET_VARIANTS = ["thumbnail", "spritesheet"];
function parseVariantList(text) {
  const names = text.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const unknown = names.filter((name) => name !== "video" && !ASSET_VARIANTS.includes(name));
  return { variants: ASSET_VARIANTS.filter((variant) => names.includes(variant)), unknown };
}

// src/providers/guarded-fetch.ts
var MAX_REDIRECTS = 5;
var MAX_ANSWER_BYTES = 16 * 1024 * 1024;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var NULL_BODY_STATUSES = /* @__PURE__ */ new Set([101, 204, 205, 304]);
var PORTABLE_HEADERS = /* @__PURE__ */ new Set(["accept", "accept-encoding", "accept-language", "user-agent", "range"]);
function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}
function refusedError(url, reason, redirected) {
  return redirected ? new ProviderError("client", `refused to follow a redirect to ${url.host}: ${reason}; the API's answers may only lead to https hosts on the internet`, { code: "redirect_refused" }) : new ProviderError("client", `refused to download from ${url.host}: ${reason}; results are only fetched over https from hosts on the internet, or from the API's own address`, { code: "download_refused" });
}
function withoutCredentials(headers) {
  const kept = new Headers();
  headers.forEach((value, name) => {
    if (PORTABLE_HEADERS.has(name.toLowerCase())) kept.set(name, value);
  });
  return kept;
}
async function guardedRequest(guard, input, init, rule) {
  const startedAt = Date.now();
  let url = new URL(input instanceof Request ? input.url : input);
  const origin = url.origin;
  const method = (init.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
  let headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : void 0));
  let stripped = false;
  for (let hop = 0; ; hop++) {
    const refusal = hopRefusal(url, guard.rules);
    if (refusal !== void 0) throw refusedError(url, refusal, hop > 0);
    const response = await guard.fetch(url, { ...init, method, headers, redirect: "manual" });
    const location2 = REDIRECT_STATUSES.has(response.status) ? response.headers.get("location") : null;
    if (location2 === null || method !== "GET" && method !== "HEAD") return bounded(guard, response, url, rule, startedAt);
    await response.body?.cancel().catch(() => void 0);
    const limit2 = guard.maxRedirects ?? MAX_REDIRECTS;
    if (hop >= limit2) {
      throw new ProviderError("client", `${new URL(origin).host} redirected more than ${limit2} times; stopped following`, { code: "redirect_refused" });
    }
    let next;
    try {
      next = new URL(location2, url);
    } catch {
      throw new ProviderError("server", `${url.host} redirected to ${JSON.stringify(location2.slice(0, 100))}, which is not a URL`);
    }
    if (!stripped && next.origin !== origin) {
      headers = withoutCredentials(headers);
      stripped = true;
    }
    url = next;
  }
}
function guardedFetch(guard, timeoutMs, streams) {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    return guardedRequest(guard, input, init ?? {}, { mode: streams(url) ? "stream" : "answer", timeoutMs });
  };
}
async function bounded(guard, response, url, rule, startedAt) {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  let body;
  if (rule.mode === "stream" && response.ok) {
    body = watched(response.body, { host: url.host, idleMs: rule.timeoutMs });
  } else {
    const cap = guard.maxAnswerBytes ?? MAX_ANSWER_BYTES;
    const encoding = response.headers.get("content-encoding");
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    if ((encoding === null || encoding === "identity") && length > cap) {
      await response.body.cancel().catch(() => void 0);
      throw tooLarge(url.host, cap);
    }
    body = watched(response.body, { host: url.host, deadlineAt: startedAt + rule.timeoutMs, totalMs: rule.timeoutMs, maxBytes: cap });
  }
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}
function tooLarge(host, cap) {
  return new ProviderError("server", `${host} sent an answer over ${cap / 1024 / 1024} MiB, more than any API answer needs; stopped reading it`);
}
function watched(source, watch) {
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream({
    async pull(controller) {
      const untilDeadline = watch.deadlineAt === void 0 ? Number.POSITIVE_INFINITY : watch.deadlineAt - Date.now();
      const wait = Math.max(0, Math.min(watch.idleMs ?? Number.POSITIVE_INFINITY, untilDeadline));
      let timer;
      const late = new Promise((resolve6) => {
        if (Number.isFinite(wait)) timer = setTimeout(() => resolve6("late"), wait);
      });
      try {
        const next = await Promise.race([reader.read(), late]);
        if (next === "late") {
          throw wait >= untilDeadline ? new ProviderError("timeout", `${watch.host} did not finish its answer within ${seconds(watch.totalMs ?? 0)}`) : new ProviderError("timeout", `${watch.host} sent nothing for ${seconds(watch.idleMs ?? 0)}; the transfer stalled`);
        }
        if (next.done) {
          controller.close();
          return;
        }
        total += next.value.byteLength;
        if (watch.maxBytes !== void 0 && total > watch.maxBytes) throw tooLarge(watch.host, watch.maxBytes);
        controller.enqueue(next.value);
      } catch (error) {
        reader.cancel(error).catch(() => void 0);
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    }
  });
}

// src/providers/input-image.ts
async function uploadImage(path2) {
  try {
    return await readInputImage(path2);
  } catch (error) {
    if (error instanceof InputImageError) throw new ProviderError("client", `input_reference: ${error.message}`, { code: "bad_input_reference" });
    throw new ProviderError("client", `cannot read input_reference ${path2}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/providers/http.ts
function retryAfterMs(headers, now = Date.now()) {
  if (!headers) return void 0;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return void 0;
  const seconds3 = Number(value);
  if (Number.isFinite(seconds3)) return Math.max(0, seconds3 * 1e3);
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function parseDuration(text) {
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = "";
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === "h" ? n * 36e5 : unit === "m" ? n * 6e4 : unit === "s" ? n * 1e3 : n;
    matched += m[0];
  }
  return matched.length > 0 && matched === text.trim() ? total : void 0;
}
function rateLimitPauseMs(headers) {
  if (!headers) return void 0;
  const limit2 = requestsPerMinute(headers);
  const remainingText = headers.get("x-ratelimit-remaining-requests");
  const reset = headers.get("x-ratelimit-reset-requests");
  if (limit2 === void 0 || remainingText === null || reset === null || Number(remainingText) >= 1) return void 0;
  const full = parseDuration(reset);
  return full === void 0 ? void 0 : Math.ceil(full / limit2);
}
function requestsPerMinute(headers) {
  const value = Number(headers?.get("x-ratelimit-limit-requests") ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : void 0;
}
function kindForStatus(status) {
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  return "client";
}
var UNREACHABLE_CODES = {
  ECONNREFUSED: "connection_refused",
  ENOTFOUND: "dns_error",
  EAI_AGAIN: "dns_error",
  EAI_NONAME: "dns_error",
  EHOSTUNREACH: "host_unreachable",
  ENETUNREACH: "host_unreachable"
};
function isTlsCode(code) {
  return /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$)/.test(code);
}
function unreachableCause(error) {
  let current = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = current.code;
    if (typeof code === "string") {
      const mapped2 = UNREACHABLE_CODES[code] ?? (isTlsCode(code) ? "tls_error" : void 0);
      if (mapped2) return { code: mapped2, cause: code, message: current.message };
    }
    current = current.cause;
  }
  return void 0;
}

// src/providers/fetch-json.ts
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function asNumber(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function joinUrl(base, path2) {
  return base.replace(/\/+$/, "") + path2;
}
function errorFields(body) {
  const error = asRecord(asRecord(body)?.error);
  if (!error) return {};
  const code = asString(error.code) ?? asString(error.status) ?? asString(error.type);
  const details = Array.isArray(error.details) ? error.details : [];
  const delay = details.map((d) => asString(asRecord(d)?.retryDelay)).find((d) => d !== void 0);
  const retry = delay === void 0 ? void 0 : parseDuration(delay);
  return {
    ...code === void 0 ? {} : { code },
    ...asString(error.message) === void 0 ? {} : { message: asString(error.message) },
    ...retry === void 0 ? {} : { retryAfterMs: retry }
  };
}
function answerError(body, missing) {
  const error = asRecord(asRecord(body)?.error);
  if (error) {
    const fields = errorFields(body);
    const status = asNumber(error.code);
    const kind = status !== void 0 && status >= 400 && status < 600 ? kindForStatus(status) : "client";
    return new ProviderError(kind, fields.message ?? `${missing}; it answered an error without a message`, {
      ...fields.code === void 0 ? {} : { code: fields.code },
      ...fields.retryAfterMs === void 0 ? {} : { retryAfterMs: fields.retryAfterMs }
    });
  }
  const text = (typeof body === "string" ? body : JSON.stringify(body) ?? "").trim();
  return new ProviderError("server", text === "" ? missing : `${missing}: ${text.slice(0, 200)}`);
}
function httpError(label, response, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = void 0;
  }
  const fields = errorFields(parsed);
  const snippet = text.trim().slice(0, 200);
  const message = fields.message ?? (snippet === "" ? `${label} answered HTTP ${response.status}` : `${label} answered HTTP ${response.status}: ${snippet}`);
  return new ProviderError(kindForStatus(response.status), message, {
    status: response.status,
    ...fields.code === void 0 ? {} : { code: fields.code },
    retryAfterMs: retryAfterMs(response.headers) ?? fields.retryAfterMs,
    requestsPerMinute: requestsPerMinute(response.headers)
  });
}
function withDeadline(outer, ms) {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(new DOMException("request deadline passed", "TimeoutError")), ms);
  return { signal: AbortSignal.any([outer, timer.signal]), timedOut: () => timer.signal.aborted, clear: () => clearTimeout(handle) };
}
function causeOf(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : void 0;
  return cause ? `${error.message} (${cause})` : error.message;
}
function transportError(client, outer, timedOut, ms, error) {
  if (error instanceof ProviderError) return error;
  if (outer.aborted) return outer.reason ?? error;
  if (timedOut) return new ProviderError("timeout", `${client.label} did not answer within ${Math.round(ms / 100) / 10} s`);
  const unreachable = unreachableCause(error);
  if (unreachable) return new ProviderError("unreachable", `cannot reach ${client.label}: ${unreachable.message}`, { code: unreachable.code });
  return new ProviderError("connection", `connection to ${client.label} failed: ${causeOf(error)}`);
}
async function requestJson(client, request) {
  const ms = request.timeoutMs ?? client.timeoutMs;
  const deadline = withDeadline(request.signal, ms);
  try {
    const headers = { accept: "application/json", ...request.headers };
    if (request.body !== void 0) headers["content-type"] = "application/json";
    const init = { method: request.method, headers, signal: deadline.signal, ...request.body === void 0 ? {} : { body: JSON.stringify(request.body) } };
    const response = await guardedRequest(guardOf(client), request.url, init, { mode: "answer", timeoutMs: ms });
    const text = await response.text();
    if (!response.ok) throw httpError(client.label, response, text);
    try {
      return { body: JSON.parse(text), headers: response.headers };
    } catch {
      throw new ProviderError("server", `${client.label} answered HTTP ${response.status} with a body that is not JSON`, { status: response.status });
    }
  } catch (error) {
    throw transportError(client, request.signal, deadline.timedOut(), ms, error);
  } finally {
    deadline.clear();
  }
}
function guardOf(client) {
  return { fetch: client.fetch, rules: client.rules };
}
function checkedDownloadUrl(text, rules) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ProviderError("client", `the API returned a download URL that is not a URL: ${JSON.stringify(text.slice(0, 100))}`);
  }
  const refusal = hopRefusal(url, rules);
  if (refusal === void 0) return url;
  throw refusedError(url, refusal, false);
}
function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
async function openDownload(client, url, headers, signal) {
  const deadline = withDeadline(signal, client.timeoutMs);
  try {
    const response = await guardedRequest(guardOf(client), url, { headers, signal: deadline.signal }, { mode: "stream", timeoutMs: client.timeoutMs });
    if (!response.ok) throw httpError(client.label, response, await response.text().catch(() => ""));
    if (!response.body) throw new ProviderError("server", `${client.label} answered the download with no body`);
    const encoding = response.headers.get("content-encoding");
    const length = Number(response.headers.get("content-length"));
    const known = (encoding === null || encoding === "identity") && Number.isFinite(length) && length > 0;
    const type = response.headers.get("content-type");
    return { body: response.body, ...known ? { contentLength: length } : {}, ...type === null ? {} : { contentType: type } };
  } catch (error) {
    throw transportError(client, signal, deadline.timedOut(), client.timeoutMs, error);
  } finally {
    deadline.clear();
  }
}
async function readImageBase64(path2) {
  const image2 = await uploadImage(path2);
  return { base64: image2.bytes.toString("base64"), mimeType: image2.mimeType };
}

// src/providers/seedance.ts
var SEEDANCE_DEFAULT_BASE_URL = "https://ark.ap-southeast.bytepluses.com/api/v3";
var SEEDANCE_VIDEO_TTL_MS = 24 * 36e5;
var RATIOS = [
  ["16:9", 16, 9],
  ["9:16", 9, 16],
  ["4:3", 4, 3],
  ["3:4", 3, 4],
  ["1:1", 1, 1],
  ["21:9", 21, 9]
];
var TIERS = [
  ["480p", 480],
  ["720p", 720],
  ["1080p", 1080]
];
function nominalSize(ratio, short) {
  const [, w, h] = ratio;
  const long = Math.round(short * Math.max(w, h) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}
var SEEDANCE_SIZES = Object.fromEntries(TIERS.flatMap(([resolution, short]) => RATIOS.map((r) => [nominalSize(r, short), { ratio: r[0], resolution }])));
function seedanceRequestBody(job, imageDataUrl) {
  const content2 = [{ type: "text", text: job.prompt }];
  if (imageDataUrl !== void 0) content2.push({ type: "image_url", image_url: { url: imageDataUrl }, role: "first_frame" });
  let shape;
  if (job.size !== void 0) {
    shape = SEEDANCE_SIZES[job.size];
    if (!shape) throw new ProviderError("client", `Seedance cannot make ${job.size}; it accepts ${Object.keys(SEEDANCE_SIZES).join(", ")}`);
  }
  return { model: job.model, content: content2, ...shape ?? {}, ...job.seconds === void 0 ? {} : { duration: job.seconds } };
}
var STATES = {
  queued: "queued",
  running: "running",
  succeeded: "completed",
  failed: "failed",
  cancelled: "failed",
  expired: "failed"
};
var ENDED_WITHOUT_ERROR = {
  cancelled: "the task was cancelled before it ran",
  expired: "the task passed its execution_expires_after deadline before it finished",
  failed: "the generation failed"
};
function seedanceTaskId(body) {
  const id = asString(asRecord(body)?.id);
  if (!id) throw answerError(body, "ModelArk answered the create without a task id");
  return id;
}
function seedanceTaskStatus(body, headers) {
  const task2 = asRecord(body);
  const word = asString(task2?.status);
  if (!task2 || !word) throw answerError(body, "ModelArk answered without a task status");
  const state = STATES[word] ?? "running";
  const pause3 = rateLimitPauseMs(headers);
  const hint2 = pause3 === void 0 ? {} : { pollAfterMs: pause3 };
  if (state === "failed") {
    const error = asRecord(task2.error);
    const message = asString(error?.message) ?? ENDED_WITHOUT_ERROR[word] ?? "the generation failed";
    return { state, rawStatus: word, error: { code: asString(error?.code) ?? word, message }, ...hint2 };
  }
  if (state !== "completed") return { state, rawStatus: word, ...hint2 };
  const url = asString(asRecord(task2.content)?.video_url);
  if (!url) return { state: "failed", rawStatus: word, error: { code: "no_video", message: "the task succeeded without a video_url" }, ...hint2 };
  const finished = asNumber(task2.updated_at) ?? asNumber(task2.created_at);
  return { state, rawStatus: word, downloadUrl: url, ...finished === void 0 ? {} : { expiresAt: finished * 1e3 + SEEDANCE_VIDEO_TTL_MS }, ...hint2 };
}
function taskUrl(base, id) {
  return joinUrl(base, `/contents/generations/tasks/${encodeURIComponent(id)}`);
}
function createSeedanceProvider(options) {
  const base = (options.baseUrl ?? SEEDANCE_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const keyHeader = { authorization: `Bearer ${options.apiKey}` };
  const client = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 6e4, label: "ModelArk" };
  return {
    name: "seedance",
    async submit(job, remixOfVideoId, signal, sending) {
      if (remixOfVideoId !== void 0) throw new ProviderError("client", "Seedance cannot remix a video");
      const file3 = job.inputReference === void 0 ? void 0 : await readImageBase64(job.inputReference);
      const body = seedanceRequestBody(job, file3 && `data:${file3.mimeType};base64,${file3.base64}`);
      sending?.();
      const answer = await requestJson(client, { method: "POST", url: joinUrl(base, "/contents/generations/tasks"), headers: keyHeader, body, signal });
      return { remoteId: seedanceTaskId(answer.body), status: { state: "queued", rawStatus: "queued" } };
    },
    async status(remoteId, signal) {
      const answer = await requestJson(client, { method: "GET", url: taskUrl(base, remoteId), headers: keyHeader, signal });
      return seedanceTaskStatus(answer.body, answer.headers);
    },
    async download(_remoteId, status, signal) {
      if (!status.downloadUrl) throw new ProviderError("server", "the finished task named no video_url");
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    }
  };
}

// src/providers/model-gone.ts
var GONE_CODES = ["model_not_found"];
function isModelGone(job, error) {
  if (error.details.code !== void 0 && GONE_CODES.includes(error.details.code)) return true;
  return job.provider === "veo" && error.details.status === 404;
}
function asModelRetired(job, error) {
  if (!(error instanceof ProviderError) || !isModelGone(job, error)) return error;
  const replacement = lifecycleOf(job.provider, job.model)?.replacement ?? [];
  const move = replacement.length > 0 ? `move to ${describeReplacements(replacement)}` : "move to a model this server serves (video-batch models lists live ones)";
  return new ProviderError("client", `${job.model} is no longer served here (the server answered: ${error.message}); ${move}`, {
    ...error.details.status === void 0 ? {} : { status: error.details.status },
    code: "model_retired"
  });
}

// src/providers/veo.ts
var VEO_DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
var VEO_SIZES = {
  "1280x720": { aspectRatio: "16:9", resolution: "720p" },
  "720x1280": { aspectRatio: "9:16", resolution: "720p" },
  "1920x1080": { aspectRatio: "16:9", resolution: "1080p" },
  "1080x1920": { aspectRatio: "9:16", resolution: "1080p" },
  "3840x2160": { aspectRatio: "16:9", resolution: "4k" },
  "2160x3840": { aspectRatio: "9:16", resolution: "4k" }
};
function isGoogleHost(hostname2) {
  return hostname2 === "googleapis.com" || hostname2.endsWith(".googleapis.com");
}
function veoAuthFor(baseUrl) {
  return isGoogleHost(new URL(baseUrl).hostname) ? "x-goog-api-key" : "bearer";
}
function veoBaseUrl(baseUrl) {
  const url = new URL(baseUrl ?? VEO_DEFAULT_BASE_URL);
  if (isGoogleHost(url.hostname) && (url.pathname === "" || url.pathname === "/")) return `${url.origin}/v1beta`;
  return url.href.replace(/\/+$/, "");
}
function veoRequestBody(job, image2) {
  const parameters = {};
  if (job.size !== void 0) {
    const mapped2 = VEO_SIZES[job.size];
    if (!mapped2) throw new ProviderError("client", `Veo cannot make ${job.size}; it accepts ${Object.keys(VEO_SIZES).join(", ")}`);
    parameters.aspectRatio = mapped2.aspectRatio;
    parameters.resolution = mapped2.resolution;
  }
  if (job.seconds !== void 0) parameters.durationSeconds = job.seconds;
  return { instances: [{ prompt: job.prompt, ...image2 ? { image: image2 } : {} }], parameters };
}
var RPC_CODES = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED"
];
function veoOperationName(body) {
  const name = asString(asRecord(body)?.name);
  if (!name) throw answerError(body, "the Gemini API answered without an operation name");
  return name;
}
function veoOperationStatus(body, headers) {
  veoOperationName(body);
  const op = asRecord(body) ?? {};
  const pause3 = rateLimitPauseMs(headers);
  const hint2 = pause3 === void 0 ? {} : { pollAfterMs: pause3 };
  const error = asRecord(op.error);
  if (error) {
    const code = asString(error.status) ?? RPC_CODES[asNumber(error.code) ?? 2] ?? `code_${String(error.code)}`;
    return { state: "failed", rawStatus: "error", error: { code, message: asString(error.message) ?? "the operation failed" }, ...hint2 };
  }
  if (op.done !== true) return { state: "running", rawStatus: "running", ...hint2 };
  const response = asRecord(op.response);
  const result = asRecord(response?.generateVideoResponse);
  const listed = result?.generatedSamples ?? response?.generatedVideos;
  const samples = Array.isArray(listed) ? listed : [];
  const uri = asString(asRecord(asRecord(samples[0])?.video)?.uri);
  if (uri) return { state: "completed", rawStatus: "done", downloadUrl: uri, ...hint2 };
  const reasons = (Array.isArray(result?.raiMediaFilteredReasons) ? result.raiMediaFilteredReasons : []).filter((r) => typeof r === "string");
  if (reasons.length > 0 || (asNumber(result?.raiMediaFilteredCount) ?? 0) > 0) {
    const message = reasons.length > 0 ? reasons.join(" ") : "the video was blocked by safety filters";
    return { state: "failed", rawStatus: "filtered", error: { code: "content_filtered", message }, ...hint2 };
  }
  return { state: "failed", rawStatus: "done", error: { code: "no_video", message: "the operation finished without a video" }, ...hint2 };
}
var SEGMENT = /^[A-Za-z0-9._~-]+$/;
function operationUrl(base, name) {
  const segments = name.split("/");
  if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) {
    throw new ProviderError("client", `unexpected operation name ${JSON.stringify(name.slice(0, 200))}`);
  }
  return joinUrl(base, `/${name}`);
}
function createVeoProvider(options) {
  const base = veoBaseUrl(options.baseUrl);
  const auth = options.auth ?? veoAuthFor(base);
  const keyHeader = auth === "x-goog-api-key" ? { "x-goog-api-key": options.apiKey } : { authorization: `Bearer ${options.apiKey}` };
  const client = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 6e4, label: "the Gemini API" };
  return {
    name: "veo",
    async submit(job, remixOfVideoId, signal, sending) {
      if (remixOfVideoId !== void 0) throw new ProviderError("client", "Veo cannot remix a video");
      const file3 = job.inputReference === void 0 ? void 0 : await readImageBase64(job.inputReference);
      const body = veoRequestBody(job, file3 && { bytesBase64Encoded: file3.base64, mimeType: file3.mimeType });
      const model = job.model.replace(/^models\//, "");
      const url = joinUrl(base, `/models/${encodeURIComponent(model)}:predictLongRunning`);
      sending?.();
      const answer = await requestJson(client, { method: "POST", url, headers: keyHeader, body, signal }).catch((error) => {
        throw asModelRetired(job, error);
      });
      return { remoteId: veoOperationName(answer.body), status: veoOperationStatus(answer.body, answer.headers) };
    },
    async status(remoteId, signal) {
      const answer = await requestJson(client, { method: "GET", url: operationUrl(base, remoteId), headers: keyHeader, signal });
      return veoOperationStatus(answer.body, answer.headers);
    },
    async download(_remoteId, status, signal) {
      if (!status.downloadUrl) throw new ProviderError("server", "the finished operation named no video URI");
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    }
  };
}

// src/providers/catalog.ts
var PROVIDER_TRAITS = {
  openai: { defaultModel: "seedance-1-0-pro-250528", remix: true, imageInput: true },
  // The older gateway shape sends only {model, prompt, duration}.
  "openai-generations": { defaultModel: "seedance-1-0-pro-250528", remix: false, imageInput: false, sizes: [] },
  veo: { defaultModel: "veo-3.1-fast-generate-001", remix: false, imageInput: true, sizes: Object.keys(VEO_SIZES) },
  seedance: { defaultModel: "seedance-1-0-pro-250528", remix: false, imageInput: true, sizes: Object.keys(SEEDANCE_SIZES) }
};
function modelInfo(provider, model, models2) {
  const row = catalogRow(provider, model);
  const own = overrideFor(provider, model, models2);
  if (!row && !own) return void 0;
  const pick = (key) => own?.[key] !== void 0 ? own[key] : row?.[key];
  return {
    provider,
    model,
    ...defined("seconds", pick("seconds")),
    ...defined("sizes", pick("sizes")),
    ...defined("secondsBySize", row?.seconds_by_size),
    ...defined("imageInput", pick("image_input")),
    ...defined("requiresImage", pick("requires_image")),
    ...defined("remix", pick("remix"))
  };
}
function checkJob(job, models2) {
  const problems = [];
  const traits = PROVIDER_TRAITS[job.provider];
  const info = modelInfo(job.provider, job.model, models2);
  if (job.remixOf && !traits.remix) {
    problems.push({ field: "remix_of", message: `provider "${job.provider}" cannot remix; use provider "openai" or drop remix_of` });
  } else if (job.remixOf && info?.remix === false) {
    problems.push({ field: "remix_of", message: `${job.model} cannot remix; drop remix_of or use a model that can` });
  }
  if (job.inputReference && !traits.imageInput) {
    problems.push({ field: "input_reference", message: `provider "${job.provider}" takes no input image` });
  }
  if (job.remixOf && job.inputReference) {
    problems.push({ field: "input_reference", message: "a remix starts from its source video; drop input_reference or remix_of" });
  }
  if (job.inputReference && traits.imageInput && info?.imageInput === false) {
    problems.push({ field: "input_reference", message: `${job.model} makes video from text only; drop input_reference or use an image-to-video model` });
  }
  if (!job.inputReference && !job.remixOf && info?.requiresImage) {
    problems.push({ field: "input_reference", message: `${job.model} makes video from an image only; add input_reference or use a text-to-video model` });
  }
  if (info?.seconds && job.seconds !== void 0 && !info.seconds.includes(job.seconds)) {
    problems.push({ field: "seconds", message: `${job.model} accepts ${listValues(info.seconds)} (got ${job.seconds})` });
  }
  if (job.size !== void 0 && traits.sizes?.length === 0) {
    problems.push({ field: "size", message: `provider "${job.provider}" takes no size (its API sends only model, prompt and duration); drop size` });
  } else if (job.size !== void 0 && traits.sizes && !traits.sizes.includes(job.size)) {
    problems.push({ field: "size", message: `provider "${job.provider}" can make ${traits.sizes.join(", ")} (got ${job.size})` });
  } else if (info?.sizes && job.size !== void 0 && !info.sizes.includes(job.size)) {
    problems.push({ field: "size", message: `${job.model} accepts ${info.sizes.join(", ")} (got ${job.size})` });
  } else if (job.size !== void 0 && job.seconds !== void 0) {
    const allowed = info?.secondsBySize?.[job.size];
    if (allowed && !allowed.includes(job.seconds)) {
      problems.push({ field: "seconds", message: `${job.model} makes ${job.size} only at ${listValues(allowed)} seconds (got ${job.seconds})` });
    }
  }
  return problems;
}
function listValues(values) {
  const first = values[0];
  const last = values.at(-1);
  const isRun = values.length > 3 && first !== void 0 && last !== void 0 && last - first === values.length - 1;
  return isRun ? `${first} to ${last}` : values.join(", ");
}

// src/providers/preflight.ts
var OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
var PROBES = {
  openai: (baseUrl, apiKey) => ({
    url: joinUrl(baseUrl ?? OPENAI_DEFAULT_BASE_URL, "/videos?limit=1"),
    headers: { authorization: `Bearer ${apiKey}` },
    label: "the Videos API"
  }),
  "openai-generations": void 0,
  veo: (baseUrl, apiKey) => {
    const base = veoBaseUrl(baseUrl);
    const headers = veoAuthFor(base) === "x-goog-api-key" ? { "x-goog-api-key": apiKey } : { authorization: `Bearer ${apiKey}` };
    return { url: joinUrl(base, "/models?pageSize=1"), headers, label: "the Gemini API" };
  },
  seedance: (baseUrl, apiKey) => ({
    url: joinUrl(baseUrl ?? SEEDANCE_DEFAULT_BASE_URL, "/contents/generations/tasks?page_num=1&page_size=1"),
    headers: { authorization: `Bearer ${apiKey}` },
    label: "ModelArk"
  })
};
function preflightFor(options) {
  const probe = PROBES[options.provider]?.(options.baseUrl, options.apiKey);
  if (!probe) return void 0;
  const client = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(probe.url), timeoutMs: options.timeoutMs ?? 1e4, label: probe.label };
  return async (signal) => {
    await requestJson(client, { method: "GET", url: probe.url, headers: probe.headers, signal });
  };
}
function hasVersionSegment(baseUrl) {
  return /\/v\d+[a-z0-9]*$/i.test(new URL(baseUrl).pathname.replace(/\/+$/, ""));
}
function judgePreflight(target, error) {
  const where2 = target.baseUrl ?? `${target.provider}'s default API`;
  const said = error instanceof Error ? error.message : String(error);
  if (error instanceof ProviderError) {
    if (error.kind === "auth") {
      return { stop: new ConfigError(`${where2} refused the key in ${target.apiKeyEnv} (HTTP ${error.details.status ?? "?"}: ${said}); check the key; nothing was sent`) };
    }
    if (error.kind === "unreachable") return { stop: new ConfigError(`${said}; check the base URL (${where2}) and the network; nothing was sent`) };
    if (error.kind === "not_found") {
      if (target.baseUrl !== void 0 && !hasVersionSegment(target.baseUrl)) {
        return { stop: new ConfigError(`${where2} answered 404 to a list request: does the base URL end with its version segment, e.g. /v1? nothing was sent`) };
      }
      return void 0;
    }
  }
  return { warning: `warning: the check of ${where2} before the first create failed (${said}); going on` };
}
async function preflightEndpoints(entries, log, signal) {
  const verdicts = await Promise.all(
    entries.map(async ({ endpoint, provider }) => {
      try {
        await provider.preflight?.(signal);
        return void 0;
      } catch (error) {
        if (signal.aborted) return void 0;
        return judgePreflight(endpoint, error);
      }
    })
  );
  for (const verdict of verdicts) if (verdict && "warning" in verdict) log(verdict.warning);
  const stop = verdicts.find((verdict) => verdict !== void 0 && "stop" in verdict);
  if (stop && "stop" in stop) throw stop.stop;
}

// src/providers/generations.ts
import { createHash as createHash2 } from "node:crypto";
function generationsRequestBody(job) {
  return { model: job.model, prompt: job.prompt, ...job.seconds === void 0 ? {} : { duration: job.seconds } };
}
function generationsResultUrl(body) {
  const data = asRecord(body)?.data;
  const url = asString(asRecord(Array.isArray(data) ? data[0] : void 0)?.url);
  if (url) return url;
  const error = errorFields(body);
  if (error.message !== void 0 || error.code !== void 0) {
    throw new ProviderError("client", error.message ?? "the generation failed", error.code === void 0 ? {} : { code: error.code });
  }
  throw new ProviderError("server", "the gateway answered the generation without data[0].url");
}
function generationId(url) {
  return `gen_${createHash2("sha256").update(url).digest("hex").slice(0, 24)}`;
}
function completed(url) {
  return { state: "completed", rawStatus: "completed", downloadUrl: url };
}
function createGenerationsProvider(options) {
  const base = options.baseUrl.replace(/\/+$/, "");
  const keyHeader = { authorization: `Bearer ${options.apiKey}` };
  const timeoutMs = options.requestTimeoutMs ?? 6e4;
  const client = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs, label: "the gateway" };
  const createTimeoutMs = Math.max(timeoutMs, options.createTimeoutMs ?? 9e5);
  const urls = /* @__PURE__ */ new Map();
  return {
    name: "openai-generations",
    async submit(job, remixOfVideoId, signal, sending) {
      if (remixOfVideoId !== void 0) throw new ProviderError("client", "the /videos/generations shape cannot remix a video");
      const url = joinUrl(base, "/videos/generations");
      sending?.();
      const answer = await requestJson(client, { method: "POST", url, headers: keyHeader, body: generationsRequestBody(job), signal, timeoutMs: createTimeoutMs });
      const result = generationsResultUrl(answer.body);
      const remoteId = generationId(result);
      urls.set(remoteId, result);
      return { remoteId, status: completed(result), restore: result };
    },
    restore(remoteId, url) {
      if (generationId(url) === remoteId) urls.set(remoteId, url);
    },
    async status(remoteId) {
      const url = urls.get(remoteId);
      if (url === void 0) {
        throw new ProviderError("not_found", `${remoteId} was made by an earlier run whose ledger lost its result URL, and /videos/generations keeps no record to look it up by; this run marks it failed and the next run creates it again`);
      }
      return completed(url);
    },
    async download(_remoteId, status, signal) {
      if (!status.downloadUrl) throw new ProviderError("server", "the generation named no URL");
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    }
  };
}

// node_modules/openai/internal/tslib.mjs
function __classPrivateFieldSet(receiver, state, value, kind, f) {
  if (kind === "m")
    throw new TypeError("Private method is not writable");
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f)
    throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver))
    throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}

// node_modules/openai/internal/utils/uuid.mjs
var uuid4 = function() {
  const { crypto: crypto2 } = globalThis;
  if (crypto2?.randomUUID) {
    uuid4 = crypto2.randomUUID.bind(crypto2);
    return crypto2.randomUUID();
  }
  const u82 = new Uint8Array(1);
  const randomByte = crypto2 ? () => crypto2.getRandomValues(u82)[0] : () => Math.random() * 255 & 255;
  return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (+c ^ randomByte() & 15 >> +c / 4).toString(16));
};

// node_modules/openai/internal/errors.mjs
function isAbortError(err) {
  return typeof err === "object" && err !== null && // Spec-compliant fetch implementations
  ("name" in err && err.name === "AbortError" || // Expo fetch
  "message" in err && String(err.message).includes("FetchRequestCanceledException"));
}
var castToError = (err) => {
  if (err instanceof Error)
    return err;
  if (typeof err === "object" && err !== null) {
    try {
      if (Object.prototype.toString.call(err) === "[object Error]") {
        const error = new Error(err.message, err.cause ? { cause: err.cause } : {});
        if (err.stack)
          error.stack = err.stack;
        if (err.cause && !error.cause)
          error.cause = err.cause;
        if (err.name)
          error.name = err.name;
        return error;
      }
    } catch {
    }
    try {
      return new Error(JSON.stringify(err));
    } catch {
    }
  }
  return new Error(err);
};

// node_modules/openai/core/error.mjs
var OpenAIError = class extends Error {
};
var APIError = class _APIError extends OpenAIError {
  constructor(status, error, message, headers) {
    super(`${_APIError.makeMessage(status, error, message)}`);
    this.status = status;
    this.headers = headers;
    this.requestID = headers?.get("x-request-id");
    this.error = error;
    const data = error;
    this.code = data?.["code"];
    this.param = data?.["param"];
    this.type = data?.["type"];
  }
  static makeMessage(status, error, message) {
    const msg = error?.message ? typeof error.message === "string" ? error.message : JSON.stringify(error.message) : error ? JSON.stringify(error) : message;
    if (status && msg) {
      return `${status} ${msg}`;
    }
    if (status) {
      return `${status} status code (no body)`;
    }
    if (msg) {
      return msg;
    }
    return "(no status code or body)";
  }
  static generate(status, errorResponse, message, headers) {
    if (!status || !headers) {
      return new APIConnectionError({ message, cause: castToError(errorResponse) });
    }
    const error = errorResponse?.["error"];
    if (status === 400) {
      return new BadRequestError(status, error, message, headers);
    }
    if (status === 401) {
      return new AuthenticationError(status, error, message, headers);
    }
    if (status === 403) {
      return new PermissionDeniedError(status, error, message, headers);
    }
    if (status === 404) {
      return new NotFoundError(status, error, message, headers);
    }
    if (status === 409) {
      return new ConflictError(status, error, message, headers);
    }
    if (status === 422) {
      return new UnprocessableEntityError(status, error, message, headers);
    }
    if (status === 429) {
      return new RateLimitError(status, error, message, headers);
    }
    if (status >= 500) {
      return new InternalServerError(status, error, message, headers);
    }
    return new _APIError(status, error, message, headers);
  }
};
var APIUserAbortError = class extends APIError {
  constructor({ message } = {}) {
    super(void 0, void 0, message || "Request was aborted.", void 0);
  }
};
var APIConnectionError = class extends APIError {
  constructor({ message, cause }) {
    super(void 0, void 0, message || "Connection error.", void 0);
    if (cause)
      this.cause = cause;
  }
};
var APIConnectionTimeoutError = class extends APIConnectionError {
  constructor({ message } = {}) {
    super({ message: message ?? "Request timed out." });
  }
};
var BadRequestError = class extends APIError {
};
var AuthenticationError = class extends APIError {
};
var PermissionDeniedError = class extends APIError {
};
var NotFoundError = class extends APIError {
};
var ConflictError = class extends APIError {
};
var UnprocessableEntityError = class extends APIError {
};
var RateLimitError = class extends APIError {
};
var InternalServerError = class extends APIError {
};
var LengthFinishReasonError = class extends OpenAIError {
  constructor() {
    super(`Could not parse response content as the length limit was reached`);
  }
};
var ContentFilterFinishReasonError = class extends OpenAIError {
  constructor() {
    super(`Could not parse response content as the request was rejected by the content filter`);
  }
};
var InvalidWebhookSignatureError = class extends Error {
  constructor(message) {
    super(message);
  }
};

// node_modules/openai/internal/utils/values.mjs
var startsWithSchemeRegexp = /^[a-z][a-z0-9+.-]*:/i;
var isAbsoluteURL = (url) => {
  return startsWithSchemeRegexp.test(url);
};
var isArray = (val) => (isArray = Array.isArray, isArray(val));
var isReadonlyArray = isArray;
function maybeObj(x) {
  if (typeof x !== "object") {
    return {};
  }
  return x ?? {};
}
function isEmptyObj(obj) {
  if (!obj)
    return true;
  for (const _k in obj)
    return false;
  return true;
}
function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
function isObj(obj) {
  return obj != null && typeof obj === "object" && !Array.isArray(obj);
}
var validatePositiveInteger = (name, n) => {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new OpenAIError(`${name} must be an integer`);
  }
  if (n < 0) {
    throw new OpenAIError(`${name} must be a positive integer`);
  }
  return n;
};
var safeJSON = (text) => {
  try {
    return JSON.parse(text);
  } catch (err) {
    return void 0;
  }
};

// node_modules/openai/internal/utils/sleep.mjs
var sleep = (ms) => new Promise((resolve6) => setTimeout(resolve6, ms));

// node_modules/openai/version.mjs
var VERSION = "6.30.1";

// node_modules/openai/internal/detect-platform.mjs
var isRunningInBrowser = () => {
  return (
    // @ts-ignore
    typeof window !== "undefined" && // @ts-ignore
    typeof window.document !== "undefined" && // @ts-ignore
    typeof navigator !== "undefined"
  );
};
function getDetectedPlatform() {
  if (typeof Deno !== "undefined" && Deno.build != null) {
    return "deno";
  }
  if (typeof EdgeRuntime !== "undefined") {
    return "edge";
  }
  if (Object.prototype.toString.call(typeof globalThis.process !== "undefined" ? globalThis.process : 0) === "[object process]") {
    return "node";
  }
  return "unknown";
}
var getPlatformProperties = () => {
  const detectedPlatform = getDetectedPlatform();
  if (detectedPlatform === "deno") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": normalizePlatform(Deno.build.os),
      "X-Stainless-Arch": normalizeArch(Deno.build.arch),
      "X-Stainless-Runtime": "deno",
      "X-Stainless-Runtime-Version": typeof Deno.version === "string" ? Deno.version : Deno.version?.deno ?? "unknown"
    };
  }
  if (typeof EdgeRuntime !== "undefined") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": "Unknown",
      "X-Stainless-Arch": `other:${EdgeRuntime}`,
      "X-Stainless-Runtime": "edge",
      "X-Stainless-Runtime-Version": globalThis.process.version
    };
  }
  if (detectedPlatform === "node") {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": normalizePlatform(globalThis.process.platform ?? "unknown"),
      "X-Stainless-Arch": normalizeArch(globalThis.process.arch ?? "unknown"),
      "X-Stainless-Runtime": "node",
      "X-Stainless-Runtime-Version": globalThis.process.version ?? "unknown"
    };
  }
  const browserInfo = getBrowserInfo();
  if (browserInfo) {
    return {
      "X-Stainless-Lang": "js",
      "X-Stainless-Package-Version": VERSION,
      "X-Stainless-OS": "Unknown",
      "X-Stainless-Arch": "unknown",
      "X-Stainless-Runtime": `browser:${browserInfo.browser}`,
      "X-Stainless-Runtime-Version": browserInfo.version
    };
  }
  return {
    "X-Stainless-Lang": "js",
    "X-Stainless-Package-Version": VERSION,
    "X-Stainless-OS": "Unknown",
    "X-Stainless-Arch": "unknown",
    "X-Stainless-Runtime": "unknown",
    "X-Stainless-Runtime-Version": "unknown"
  };
};
function getBrowserInfo() {
  if (typeof navigator === "undefined" || !navigator) {
    return null;
  }
  const browserPatterns = [
    { key: "edge", pattern: /Edge(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /MSIE(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "ie", pattern: /Trident(?:.*rv\:(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "chrome", pattern: /Chrome(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "firefox", pattern: /Firefox(?:\W+(\d+)\.(\d+)(?:\.(\d+))?)?/ },
    { key: "safari", pattern: /(?:Version\W+(\d+)\.(\d+)(?:\.(\d+))?)?(?:\W+Mobile\S*)?\W+Safari/ }
  ];
  for (const { key, pattern: pattern2 } of browserPatterns) {
    const match = pattern2.exec(navigator.userAgent);
    if (match) {
      const major = match[1] || 0;
      const minor = match[2] || 0;
      const patch = match[3] || 0;
      return { browser: key, version: `${major}.${minor}.${patch}` };
    }
  }
  return null;
}
var normalizeArch = (arch) => {
  if (arch === "x32")
    return "x32";
  if (arch === "x86_64" || arch === "x64")
    return "x64";
  if (arch === "arm")
    return "arm";
  if (arch === "aarch64" || arch === "arm64")
    return "arm64";
  if (arch)
    return `other:${arch}`;
  return "unknown";
};
var normalizePlatform = (platform2) => {
  platform2 = platform2.toLowerCase();
  if (platform2.includes("ios"))
    return "iOS";
  if (platform2 === "android")
    return "Android";
  if (platform2 === "darwin")
    return "MacOS";
  if (platform2 === "win32")
    return "Windows";
  if (platform2 === "freebsd")
    return "FreeBSD";
  if (platform2 === "openbsd")
    return "OpenBSD";
  if (platform2 === "linux")
    return "Linux";
  if (platform2)
    return `Other:${platform2}`;
  return "Unknown";
};
var _platformHeaders;
var getPlatformHeaders = () => {
  return _platformHeaders ?? (_platformHeaders = getPlatformProperties());
};

// node_modules/openai/internal/shims.mjs
function getDefaultFetch() {
  if (typeof fetch !== "undefined") {
    return fetch;
  }
  throw new Error("`fetch` is not defined as a global; Either pass `fetch` to the client, `new OpenAI({ fetch })` or polyfill the global, `globalThis.fetch = fetch`");
}
function makeReadableStream(...args) {
  const ReadableStream2 = globalThis.ReadableStream;
  if (typeof ReadableStream2 === "undefined") {
    throw new Error("`ReadableStream` is not defined as a global; You will need to polyfill it, `globalThis.ReadableStream = ReadableStream`");
  }
  return new ReadableStream2(...args);
}
function ReadableStreamFrom(iterable) {
  let iter = Symbol.asyncIterator in iterable ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  return makeReadableStream({
    start() {
    },
    async pull(controller) {
      const { done, value } = await iter.next();
      if (done) {
        controller.close();
      } else {
        controller.enqueue(value);
      }
    },
    async cancel() {
      await iter.return?.();
    }
  });
}
function ReadableStreamToAsyncIterable(stream) {
  if (stream[Symbol.asyncIterator])
    return stream;
  const reader = stream.getReader();
  return {
    async next() {
      try {
        const result = await reader.read();
        if (result?.done)
          reader.releaseLock();
        return result;
      } catch (e) {
        reader.releaseLock();
        throw e;
      }
    },
    async return() {
      const cancelPromise = reader.cancel();
      reader.releaseLock();
      await cancelPromise;
      return { done: true, value: void 0 };
    },
    [Symbol.asyncIterator]() {
      return this;
    }
  };
}
async function CancelReadableStream(stream) {
  if (stream === null || typeof stream !== "object")
    return;
  if (stream[Symbol.asyncIterator]) {
    await stream[Symbol.asyncIterator]().return?.();
    return;
  }
  const reader = stream.getReader();
  const cancelPromise = reader.cancel();
  reader.releaseLock();
  await cancelPromise;
}

// node_modules/openai/internal/request-options.mjs
var FallbackEncoder = ({ headers, body }) => {
  return {
    bodyHeaders: {
      "content-type": "application/json"
    },
    body: JSON.stringify(body)
  };
};

// node_modules/openai/internal/qs/formats.mjs
var default_format = "RFC3986";
var default_formatter = (v) => String(v);
var formatters = {
  RFC1738: (v) => String(v).replace(/%20/g, "+"),
  RFC3986: default_formatter
};
var RFC1738 = "RFC1738";

// node_modules/openai/internal/qs/utils.mjs
var has = (obj, key) => (has = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty), has(obj, key));
var hex_table = /* @__PURE__ */ (() => {
  const array = [];
  for (let i = 0; i < 256; ++i) {
    array.push("%" + ((i < 16 ? "0" : "") + i.toString(16)).toUpperCase());
  }
  return array;
})();
var limit = 1024;
var encode = (str2, _defaultEncoder, charset, _kind, format) => {
  if (str2.length === 0) {
    return str2;
  }
  let string = str2;
  if (typeof str2 === "symbol") {
    string = Symbol.prototype.toString.call(str2);
  } else if (typeof str2 !== "string") {
    string = String(str2);
  }
  if (charset === "iso-8859-1") {
    return escape(string).replace(/%u[0-9a-f]{4}/gi, function($0) {
      return "%26%23" + parseInt($0.slice(2), 16) + "%3B";
    });
  }
  let out = "";
  for (let j = 0; j < string.length; j += limit) {
    const segment2 = string.length >= limit ? string.slice(j, j + limit) : string;
    const arr = [];
    for (let i = 0; i < segment2.length; ++i) {
      let c = segment2.charCodeAt(i);
      if (c === 45 || // -
      c === 46 || // .
      c === 95 || // _
      c === 126 || // ~
      c >= 48 && c <= 57 || // 0-9
      c >= 65 && c <= 90 || // a-z
      c >= 97 && c <= 122 || // A-Z
      format === RFC1738 && (c === 40 || c === 41)) {
        arr[arr.length] = segment2.charAt(i);
        continue;
      }
      if (c < 128) {
        arr[arr.length] = hex_table[c];
        continue;
      }
      if (c < 2048) {
        arr[arr.length] = hex_table[192 | c >> 6] + hex_table[128 | c & 63];
        continue;
      }
      if (c < 55296 || c >= 57344) {
        arr[arr.length] = hex_table[224 | c >> 12] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
        continue;
      }
      i += 1;
      c = 65536 + ((c & 1023) << 10 | segment2.charCodeAt(i) & 1023);
      arr[arr.length] = hex_table[240 | c >> 18] + hex_table[128 | c >> 12 & 63] + hex_table[128 | c >> 6 & 63] + hex_table[128 | c & 63];
    }
    out += arr.join("");
  }
  return out;
};
function is_buffer(obj) {
  if (!obj || typeof obj !== "object") {
    return false;
  }
  return !!(obj.constructor && obj.constructor.isBuffer && obj.constructor.isBuffer(obj));
}
function maybe_map(val, fn) {
  if (isArray(val)) {
    const mapped2 = [];
    for (let i = 0; i < val.length; i += 1) {
      mapped2.push(fn(val[i]));
    }
    return mapped2;
  }
  return fn(val);
}

// node_modules/openai/internal/qs/stringify.mjs
var array_prefix_generators = {
  brackets(prefix) {
    return String(prefix) + "[]";
  },
  comma: "comma",
  indices(prefix, key) {
    return String(prefix) + "[" + key + "]";
  },
  repeat(prefix) {
    return String(prefix);
  }
};
var push_to_array = function(arr, value_or_array) {
  Array.prototype.push.apply(arr, isArray(value_or_array) ? value_or_array : [value_or_array]);
};
var toISOString;
var defaults = {
  addQueryPrefix: false,
  allowDots: false,
  allowEmptyArrays: false,
  arrayFormat: "indices",
  charset: "utf-8",
  charsetSentinel: false,
  delimiter: "&",
  encode: true,
  encodeDotInKeys: false,
  encoder: encode,
  encodeValuesOnly: false,
  format: default_format,
  formatter: default_formatter,
  /** @deprecated */
  indices: false,
  serializeDate(date) {
    return (toISOString ?? (toISOString = Function.prototype.call.bind(Date.prototype.toISOString)))(date);
  },
  skipNulls: false,
  strictNullHandling: false
};
function is_non_nullish_primitive(v) {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || typeof v === "symbol" || typeof v === "bigint";
}
var sentinel = {};
function inner_stringify(object, prefix, generateArrayPrefix, commaRoundTrip, allowEmptyArrays, strictNullHandling, skipNulls, encodeDotInKeys, encoder, filter, sort, allowDots, serializeDate, format, formatter, encodeValuesOnly, charset, sideChannel) {
  let obj = object;
  let tmp_sc = sideChannel;
  let step = 0;
  let find_flag = false;
  while ((tmp_sc = tmp_sc.get(sentinel)) !== void 0 && !find_flag) {
    const pos = tmp_sc.get(object);
    step += 1;
    if (typeof pos !== "undefined") {
      if (pos === step) {
        throw new RangeError("Cyclic object value");
      } else {
        find_flag = true;
      }
    }
    if (typeof tmp_sc.get(sentinel) === "undefined") {
      step = 0;
    }
  }
  if (typeof filter === "function") {
    obj = filter(prefix, obj);
  } else if (obj instanceof Date) {
    obj = serializeDate?.(obj);
  } else if (generateArrayPrefix === "comma" && isArray(obj)) {
    obj = maybe_map(obj, function(value) {
      if (value instanceof Date) {
        return serializeDate?.(value);
      }
      return value;
    });
  }
  if (obj === null) {
    if (strictNullHandling) {
      return encoder && !encodeValuesOnly ? (
        // @ts-expect-error
        encoder(prefix, defaults.encoder, charset, "key", format)
      ) : prefix;
    }
    obj = "";
  }
  if (is_non_nullish_primitive(obj) || is_buffer(obj)) {
    if (encoder) {
      const key_value = encodeValuesOnly ? prefix : encoder(prefix, defaults.encoder, charset, "key", format);
      return [
        formatter?.(key_value) + "=" + // @ts-expect-error
        formatter?.(encoder(obj, defaults.encoder, charset, "value", format))
      ];
    }
    return [formatter?.(prefix) + "=" + formatter?.(String(obj))];
  }
  const values = [];
  if (typeof obj === "undefined") {
    return values;
  }
  let obj_keys;
  if (generateArrayPrefix === "comma" && isArray(obj)) {
    if (encodeValuesOnly && encoder) {
      obj = maybe_map(obj, encoder);
    }
    obj_keys = [{ value: obj.length > 0 ? obj.join(",") || null : void 0 }];
  } else if (isArray(filter)) {
    obj_keys = filter;
  } else {
    const keys = Object.keys(obj);
    obj_keys = sort ? keys.sort(sort) : keys;
  }
  const encoded_prefix = encodeDotInKeys ? String(prefix).replace(/\./g, "%2E") : String(prefix);
  const adjusted_prefix = commaRoundTrip && isArray(obj) && obj.length === 1 ? encoded_prefix + "[]" : encoded_prefix;
  if (allowEmptyArrays && isArray(obj) && obj.length === 0) {
    return adjusted_prefix + "[]";
  }
  for (let j = 0; j < obj_keys.length; ++j) {
    const key = obj_keys[j];
    const value = (
      // @ts-ignore
      typeof key === "object" && typeof key.value !== "undefined" ? key.value : obj[key]
    );
    if (skipNulls && value === null) {
      continue;
    }
    const encoded_key = allowDots && encodeDotInKeys ? key.replace(/\./g, "%2E") : key;
    const key_prefix = isArray(obj) ? typeof generateArrayPrefix === "function" ? generateArrayPrefix(adjusted_prefix, encoded_key) : adjusted_prefix : adjusted_prefix + (allowDots ? "." + encoded_key : "[" + encoded_key + "]");
    sideChannel.set(object, step);
    const valueSideChannel = /* @__PURE__ */ new WeakMap();
    valueSideChannel.set(sentinel, sideChannel);
    push_to_array(values, inner_stringify(
      value,
      key_prefix,
      generateArrayPrefix,
      commaRoundTrip,
      allowEmptyArrays,
      strictNullHandling,
      skipNulls,
      encodeDotInKeys,
      // @ts-ignore
      generateArrayPrefix === "comma" && encodeValuesOnly && isArray(obj) ? null : encoder,
      filter,
      sort,
      allowDots,
      serializeDate,
      format,
      formatter,
      encodeValuesOnly,
      charset,
      valueSideChannel
    ));
  }
  return values;
}
function normalize_stringify_options(opts = defaults) {
  if (typeof opts.allowEmptyArrays !== "undefined" && typeof opts.allowEmptyArrays !== "boolean") {
    throw new TypeError("`allowEmptyArrays` option can only be `true` or `false`, when provided");
  }
  if (typeof opts.encodeDotInKeys !== "undefined" && typeof opts.encodeDotInKeys !== "boolean") {
    throw new TypeError("`encodeDotInKeys` option can only be `true` or `false`, when provided");
  }
  if (opts.encoder !== null && typeof opts.encoder !== "undefined" && typeof opts.encoder !== "function") {
    throw new TypeError("Encoder has to be a function.");
  }
  const charset = opts.charset || defaults.charset;
  if (typeof opts.charset !== "undefined" && opts.charset !== "utf-8" && opts.charset !== "iso-8859-1") {
    throw new TypeError("The charset option must be either utf-8, iso-8859-1, or undefined");
  }
  let format = default_format;
  if (typeof opts.format !== "undefined") {
    if (!has(formatters, opts.format)) {
      throw new TypeError("Unknown format option provided.");
    }
    format = opts.format;
  }
  const formatter = formatters[format];
  let filter = defaults.filter;
  if (typeof opts.filter === "function" || isArray(opts.filter)) {
    filter = opts.filter;
  }
  let arrayFormat;
  if (opts.arrayFormat && opts.arrayFormat in array_prefix_generators) {
    arrayFormat = opts.arrayFormat;
  } else if ("indices" in opts) {
    arrayFormat = opts.indices ? "indices" : "repeat";
  } else {
    arrayFormat = defaults.arrayFormat;
  }
  if ("commaRoundTrip" in opts && typeof opts.commaRoundTrip !== "boolean") {
    throw new TypeError("`commaRoundTrip` must be a boolean, or absent");
  }
  const allowDots = typeof opts.allowDots === "undefined" ? !!opts.encodeDotInKeys === true ? true : defaults.allowDots : !!opts.allowDots;
  return {
    addQueryPrefix: typeof opts.addQueryPrefix === "boolean" ? opts.addQueryPrefix : defaults.addQueryPrefix,
    // @ts-ignore
    allowDots,
    allowEmptyArrays: typeof opts.allowEmptyArrays === "boolean" ? !!opts.allowEmptyArrays : defaults.allowEmptyArrays,
    arrayFormat,
    charset,
    charsetSentinel: typeof opts.charsetSentinel === "boolean" ? opts.charsetSentinel : defaults.charsetSentinel,
    commaRoundTrip: !!opts.commaRoundTrip,
    delimiter: typeof opts.delimiter === "undefined" ? defaults.delimiter : opts.delimiter,
    encode: typeof opts.encode === "boolean" ? opts.encode : defaults.encode,
    encodeDotInKeys: typeof opts.encodeDotInKeys === "boolean" ? opts.encodeDotInKeys : defaults.encodeDotInKeys,
    encoder: typeof opts.encoder === "function" ? opts.encoder : defaults.encoder,
    encodeValuesOnly: typeof opts.encodeValuesOnly === "boolean" ? opts.encodeValuesOnly : defaults.encodeValuesOnly,
    filter,
    format,
    formatter,
    serializeDate: typeof opts.serializeDate === "function" ? opts.serializeDate : defaults.serializeDate,
    skipNulls: typeof opts.skipNulls === "boolean" ? opts.skipNulls : defaults.skipNulls,
    // @ts-ignore
    sort: typeof opts.sort === "function" ? opts.sort : null,
    strictNullHandling: typeof opts.strictNullHandling === "boolean" ? opts.strictNullHandling : defaults.strictNullHandling
  };
}
function stringify(object, opts = {}) {
  let obj = object;
  const options = normalize_stringify_options(opts);
  let obj_keys;
  let filter;
  if (typeof options.filter === "function") {
    filter = options.filter;
    obj = filter("", obj);
  } else if (isArray(options.filter)) {
    filter = options.filter;
    obj_keys = filter;
  }
  const keys = [];
  if (typeof obj !== "object" || obj === null) {
    return "";
  }
  const generateArrayPrefix = array_prefix_generators[options.arrayFormat];
  const commaRoundTrip = generateArrayPrefix === "comma" && options.commaRoundTrip;
  if (!obj_keys) {
    obj_keys = Object.keys(obj);
  }
  if (options.sort) {
    obj_keys.sort(options.sort);
  }
  const sideChannel = /* @__PURE__ */ new WeakMap();
  for (let i = 0; i < obj_keys.length; ++i) {
    const key = obj_keys[i];
    if (options.skipNulls && obj[key] === null) {
      continue;
    }
    push_to_array(keys, inner_stringify(
      obj[key],
      key,
      // @ts-expect-error
      generateArrayPrefix,
      commaRoundTrip,
      options.allowEmptyArrays,
      options.strictNullHandling,
      options.skipNulls,
      options.encodeDotInKeys,
      options.encode ? options.encoder : null,
      options.filter,
      options.sort,
      options.allowDots,
      options.serializeDate,
      options.format,
      options.formatter,
      options.encodeValuesOnly,
      options.charset,
      sideChannel
    ));
  }
  const joined = keys.join(options.delimiter);
  let prefix = options.addQueryPrefix === true ? "?" : "";
  if (options.charsetSentinel) {
    if (options.charset === "iso-8859-1") {
      prefix += "utf8=%26%2310003%3B&";
    } else {
      prefix += "utf8=%E2%9C%93&";
    }
  }
  return joined.length > 0 ? prefix + joined : "";
}

// node_modules/openai/internal/utils/query.mjs
function stringifyQuery(query) {
  return stringify(query, { arrayFormat: "brackets" });
}

// node_modules/openai/internal/utils/bytes.mjs
function concatBytes(buffers) {
  let length = 0;
  for (const buffer of buffers) {
    length += buffer.length;
  }
  const output = new Uint8Array(length);
  let index = 0;
  for (const buffer of buffers) {
    output.set(buffer, index);
    index += buffer.length;
  }
  return output;
}
var encodeUTF8_;
function encodeUTF8(str2) {
  let encoder;
  return (encodeUTF8_ ?? (encoder = new globalThis.TextEncoder(), encodeUTF8_ = encoder.encode.bind(encoder)))(str2);
}
var decodeUTF8_;
function decodeUTF8(bytes) {
  let decoder;
  return (decodeUTF8_ ?? (decoder = new globalThis.TextDecoder(), decodeUTF8_ = decoder.decode.bind(decoder)))(bytes);
}

// node_modules/openai/internal/decoders/line.mjs
var _LineDecoder_buffer;
var _LineDecoder_carriageReturnIndex;
var LineDecoder = class {
  constructor() {
    _LineDecoder_buffer.set(this, void 0);
    _LineDecoder_carriageReturnIndex.set(this, void 0);
    __classPrivateFieldSet(this, _LineDecoder_buffer, new Uint8Array(), "f");
    __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
  }
  decode(chunk) {
    if (chunk == null) {
      return [];
    }
    const binaryChunk = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : typeof chunk === "string" ? encodeUTF8(chunk) : chunk;
    __classPrivateFieldSet(this, _LineDecoder_buffer, concatBytes([__classPrivateFieldGet(this, _LineDecoder_buffer, "f"), binaryChunk]), "f");
    const lines = [];
    let patternIndex;
    while ((patternIndex = findNewlineIndex(__classPrivateFieldGet(this, _LineDecoder_buffer, "f"), __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f"))) != null) {
      if (patternIndex.carriage && __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") == null) {
        __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, patternIndex.index, "f");
        continue;
      }
      if (__classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") != null && (patternIndex.index !== __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") + 1 || patternIndex.carriage)) {
        lines.push(decodeUTF8(__classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(0, __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") - 1)));
        __classPrivateFieldSet(this, _LineDecoder_buffer, __classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(__classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f")), "f");
        __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
        continue;
      }
      const endIndex = __classPrivateFieldGet(this, _LineDecoder_carriageReturnIndex, "f") !== null ? patternIndex.preceding - 1 : patternIndex.preceding;
      const line = decodeUTF8(__classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(0, endIndex));
      lines.push(line);
      __classPrivateFieldSet(this, _LineDecoder_buffer, __classPrivateFieldGet(this, _LineDecoder_buffer, "f").subarray(patternIndex.index), "f");
      __classPrivateFieldSet(this, _LineDecoder_carriageReturnIndex, null, "f");
    }
    return lines;
  }
  flush() {
    if (!__classPrivateFieldGet(this, _LineDecoder_buffer, "f").length) {
      return [];
    }
    return this.decode("\n");
  }
};
_LineDecoder_buffer = /* @__PURE__ */ new WeakMap(), _LineDecoder_carriageReturnIndex = /* @__PURE__ */ new WeakMap();
LineDecoder.NEWLINE_CHARS = /* @__PURE__ */ new Set(["\n", "\r"]);
LineDecoder.NEWLINE_REGEXP = /\r\n|[\n\r]/g;
function findNewlineIndex(buffer, startIndex) {
  const newline = 10;
  const carriage = 13;
  for (let i = startIndex ?? 0; i < buffer.length; i++) {
    if (buffer[i] === newline) {
      return { preceding: i, index: i + 1, carriage: false };
    }
    if (buffer[i] === carriage) {
      return { preceding: i, index: i + 1, carriage: true };
    }
  }
  return null;
}
function findDoubleNewlineIndex(buffer) {
  const newline = 10;
  const carriage = 13;
  for (let i = 0; i < buffer.length - 1; i++) {
    if (buffer[i] === newline && buffer[i + 1] === newline) {
      return i + 2;
    }
    if (buffer[i] === carriage && buffer[i + 1] === carriage) {
      return i + 2;
    }
    if (buffer[i] === carriage && buffer[i + 1] === newline && i + 3 < buffer.length && buffer[i + 2] === carriage && buffer[i + 3] === newline) {
      return i + 4;
    }
  }
  return -1;
}

// node_modules/openai/internal/utils/log.mjs
var levelNumbers = {
  off: 0,
  error: 200,
  warn: 300,
  info: 400,
  debug: 500
};
var parseLogLevel = (maybeLevel, sourceName, client) => {
  if (!maybeLevel) {
    return void 0;
  }
  if (hasOwn(levelNumbers, maybeLevel)) {
    return maybeLevel;
  }
  loggerFor(client).warn(`${sourceName} was set to ${JSON.stringify(maybeLevel)}, expected one of ${JSON.stringify(Object.keys(levelNumbers))}`);
  return void 0;
};
function noop() {
}
function makeLogFn(fnLevel, logger, logLevel) {
  if (!logger || levelNumbers[fnLevel] > levelNumbers[logLevel]) {
    return noop;
  } else {
    return logger[fnLevel].bind(logger);
  }
}
var noopLogger = {
  error: noop,
  warn: noop,
  info: noop,
  debug: noop
};
var cachedLoggers = /* @__PURE__ */ new WeakMap();
function loggerFor(client) {
  const logger = client.logger;
  const logLevel = client.logLevel ?? "off";
  if (!logger) {
    return noopLogger;
  }
  const cachedLogger = cachedLoggers.get(logger);
  if (cachedLogger && cachedLogger[0] === logLevel) {
    return cachedLogger[1];
  }
  const levelLogger = {
    error: makeLogFn("error", logger, logLevel),
    warn: makeLogFn("warn", logger, logLevel),
    info: makeLogFn("info", logger, logLevel),
    debug: makeLogFn("debug", logger, logLevel)
  };
  cachedLoggers.set(logger, [logLevel, levelLogger]);
  return levelLogger;
}
var formatRequestDetails = (details) => {
  if (details.options) {
    details.options = { ...details.options };
    delete details.options["headers"];
  }
  if (details.headers) {
    details.headers = Object.fromEntries((details.headers instanceof Headers ? [...details.headers] : Object.entries(details.headers)).map(([name, value]) => [
      name,
      name.toLowerCase() === "authorization" || name.toLowerCase() === "cookie" || name.toLowerCase() === "set-cookie" ? "***" : value
    ]));
  }
  if ("retryOfRequestLogID" in details) {
    if (details.retryOfRequestLogID) {
      details.retryOf = details.retryOfRequestLogID;
    }
    delete details.retryOfRequestLogID;
  }
  return details;
};

// node_modules/openai/core/streaming.mjs
var _Stream_client;
var Stream = class _Stream {
  constructor(iterator, controller, client) {
    this.iterator = iterator;
    _Stream_client.set(this, void 0);
    this.controller = controller;
    __classPrivateFieldSet(this, _Stream_client, client, "f");
  }
  static fromSSEResponse(response, controller, client, synthesizeEventData) {
    let consumed = false;
    const logger = client ? loggerFor(client) : console;
    async function* iterator() {
      if (consumed) {
        throw new OpenAIError("Cannot iterate over a consumed stream, use `.tee()` to split the stream.");
      }
      consumed = true;
      let done = false;
      try {
        for await (const sse of _iterSSEMessages(response, controller)) {
          if (done)
            continue;
          if (sse.data.startsWith("[DONE]")) {
            done = true;
            continue;
          }
          if (sse.event === null || !sse.event.startsWith("thread.")) {
            let data;
            try {
              data = JSON.parse(sse.data);
            } catch (e) {
              logger.error(`Could not parse message into JSON:`, sse.data);
              logger.error(`From chunk:`, sse.raw);
              throw e;
            }
            if (data && data.error) {
              throw new APIError(void 0, data.error, void 0, response.headers);
            }
            yield synthesizeEventData ? { event: sse.event, data } : data;
          } else {
            let data;
            try {
              data = JSON.parse(sse.data);
            } catch (e) {
              console.error(`Could not parse message into JSON:`, sse.data);
              console.error(`From chunk:`, sse.raw);
              throw e;
            }
            if (sse.event == "error") {
              throw new APIError(void 0, data.error, data.message, void 0);
            }
            yield { event: sse.event, data };
          }
        }
        done = true;
      } catch (e) {
        if (isAbortError(e))
          return;
        throw e;
      } finally {
        if (!done)
          controller.abort();
      }
    }
    return new _Stream(iterator, controller, client);
  }
  /**
   * Generates a Stream from a newline-separated ReadableStream
   * where each item is a JSON value.
   */
  static fromReadableStream(readableStream, controller, client) {
    let consumed = false;
    async function* iterLines() {
      const lineDecoder = new LineDecoder();
      const iter = ReadableStreamToAsyncIterable(readableStream);
      for await (const chunk of iter) {
        for (const line of lineDecoder.decode(chunk)) {
          yield line;
        }
      }
      for (const line of lineDecoder.flush()) {
        yield line;
      }
    }
    async function* iterator() {
      if (consumed) {
        throw new OpenAIError("Cannot iterate over a consumed stream, use `.tee()` to split the stream.");
      }
      consumed = true;
      let done = false;
      try {
        for await (const line of iterLines()) {
          if (done)
            continue;
          if (line)
            yield JSON.parse(line);
        }
        done = true;
      } catch (e) {
        if (isAbortError(e))
          return;
        throw e;
      } finally {
        if (!done)
          controller.abort();
      }
    }
    return new _Stream(iterator, controller, client);
  }
  [(_Stream_client = /* @__PURE__ */ new WeakMap(), Symbol.asyncIterator)]() {
    return this.iterator();
  }
  /**
   * Splits the stream into two streams which can be
   * independently read from at different speeds.
   */
  tee() {
    const left = [];
    const right = [];
    const iterator = this.iterator();
    const teeIterator = (queue) => {
      return {
        next: () => {
          if (queue.length === 0) {
            const result = iterator.next();
            left.push(result);
            right.push(result);
          }
          return queue.shift();
        }
      };
    };
    return [
      new _Stream(() => teeIterator(left), this.controller, __classPrivateFieldGet(this, _Stream_client, "f")),
      new _Stream(() => teeIterator(right), this.controller, __classPrivateFieldGet(this, _Stream_client, "f"))
    ];
  }
  /**
   * Converts this stream to a newline-separated ReadableStream of
   * JSON stringified values in the stream
   * which can be turned back into a Stream with `Stream.fromReadableStream()`.
   */
  toReadableStream() {
    const self = this;
    let iter;
    return makeReadableStream({
      async start() {
        iter = self[Symbol.asyncIterator]();
      },
      async pull(ctrl) {
        try {
          const { value, done } = await iter.next();
          if (done)
            return ctrl.close();
          const bytes = encodeUTF8(JSON.stringify(value) + "\n");
          ctrl.enqueue(bytes);
        } catch (err) {
          ctrl.error(err);
        }
      },
      async cancel() {
        await iter.return?.();
      }
    });
  }
};
async function* _iterSSEMessages(response, controller) {
  if (!response.body) {
    controller.abort();
    if (typeof globalThis.navigator !== "undefined" && globalThis.navigator.product === "ReactNative") {
      throw new OpenAIError(`The default react-native fetch implementation does not support streaming. Please use expo/fetch: https://docs.expo.dev/versions/latest/sdk/expo/#expofetch-api`);
    }
    throw new OpenAIError(`Attempted to iterate over a response with no body`);
  }
  const sseDecoder = new SSEDecoder();
  const lineDecoder = new LineDecoder();
  const iter = ReadableStreamToAsyncIterable(response.body);
  for await (const sseChunk of iterSSEChunks(iter)) {
    for (const line of lineDecoder.decode(sseChunk)) {
      const sse = sseDecoder.decode(line);
      if (sse)
        yield sse;
    }
  }
  for (const line of lineDecoder.flush()) {
    const sse = sseDecoder.decode(line);
    if (sse)
      yield sse;
  }
}
async function* iterSSEChunks(iterator) {
  let data = new Uint8Array();
  for await (const chunk of iterator) {
    if (chunk == null) {
      continue;
    }
    const binaryChunk = chunk instanceof ArrayBuffer ? new Uint8Array(chunk) : typeof chunk === "string" ? encodeUTF8(chunk) : chunk;
    let newData = new Uint8Array(data.length + binaryChunk.length);
    newData.set(data);
    newData.set(binaryChunk, data.length);
    data = newData;
    let patternIndex;
    while ((patternIndex = findDoubleNewlineIndex(data)) !== -1) {
      yield data.slice(0, patternIndex);
      data = data.slice(patternIndex);
    }
  }
  if (data.length > 0) {
    yield data;
  }
}
var SSEDecoder = class {
  constructor() {
    this.event = null;
    this.data = [];
    this.chunks = [];
  }
  decode(line) {
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length - 1);
    }
    if (!line) {
      if (!this.event && !this.data.length)
        return null;
      const sse = {
        event: this.event,
        data: this.data.join("\n"),
        raw: this.chunks
      };
      this.event = null;
      this.data = [];
      this.chunks = [];
      return sse;
    }
    this.chunks.push(line);
    if (line.startsWith(":")) {
      return null;
    }
    let [fieldname, _, value] = partition(line, ":");
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    if (fieldname === "event") {
      this.event = value;
    } else if (fieldname === "data") {
      this.data.push(value);
    }
    return null;
  }
};
function partition(str2, delimiter) {
  const index = str2.indexOf(delimiter);
  if (index !== -1) {
    return [str2.substring(0, index), delimiter, str2.substring(index + delimiter.length)];
  }
  return [str2, "", ""];
}

// node_modules/openai/internal/parse.mjs
async function defaultParseResponse(client, props) {
  const { response, requestLogID, retryOfRequestLogID, startTime } = props;
  const body = await (async () => {
    if (props.options.stream) {
      loggerFor(client).debug("response", response.status, response.url, response.headers, response.body);
      if (props.options.__streamClass) {
        return props.options.__streamClass.fromSSEResponse(response, props.controller, client, props.options.__synthesizeEventData);
      }
      return Stream.fromSSEResponse(response, props.controller, client, props.options.__synthesizeEventData);
    }
    if (response.status === 204) {
      return null;
    }
    if (props.options.__binaryResponse) {
      return response;
    }
    const contentType = response.headers.get("content-type");
    const mediaType = contentType?.split(";")[0]?.trim();
    const isJSON = mediaType?.includes("application/json") || mediaType?.endsWith("+json");
    if (isJSON) {
      const contentLength = response.headers.get("content-length");
      if (contentLength === "0") {
        return void 0;
      }
      const json = await response.json();
      return addRequestID(json, response);
    }
    const text = await response.text();
    return text;
  })();
  loggerFor(client).debug(`[${requestLogID}] response parsed`, formatRequestDetails({
    retryOfRequestLogID,
    url: response.url,
    status: response.status,
    body,
    durationMs: Date.now() - startTime
  }));
  return body;
}
function addRequestID(value, response) {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return value;
  }
  return Object.defineProperty(value, "_request_id", {
    value: response.headers.get("x-request-id"),
    enumerable: false
  });
}

// node_modules/openai/core/api-promise.mjs
var _APIPromise_client;
var APIPromise = class _APIPromise extends Promise {
  constructor(client, responsePromise, parseResponse2 = defaultParseResponse) {
    super((resolve6) => {
      resolve6(null);
    });
    this.responsePromise = responsePromise;
    this.parseResponse = parseResponse2;
    _APIPromise_client.set(this, void 0);
    __classPrivateFieldSet(this, _APIPromise_client, client, "f");
  }
  _thenUnwrap(transform2) {
    return new _APIPromise(__classPrivateFieldGet(this, _APIPromise_client, "f"), this.responsePromise, async (client, props) => addRequestID(transform2(await this.parseResponse(client, props), props), props.response));
  }
  /**
   * Gets the raw `Response` instance instead of parsing the response
   * data.
   *
   * If you want to parse the response body but still get the `Response`
   * instance, you can use {@link withResponse()}.
   *
   * 👋 Getting the wrong TypeScript type for `Response`?
   * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
   * to your `tsconfig.json`.
   */
  asResponse() {
    return this.responsePromise.then((p) => p.response);
  }
  /**
   * Gets the parsed response data, the raw `Response` instance and the ID of the request,
   * returned via the X-Request-ID header which is useful for debugging requests and reporting
   * issues to OpenAI.
   *
   * If you just want to get the raw `Response` instance without parsing it,
   * you can use {@link asResponse()}.
   *
   * 👋 Getting the wrong TypeScript type for `Response`?
   * Try setting `"moduleResolution": "NodeNext"` or add `"lib": ["DOM"]`
   * to your `tsconfig.json`.
   */
  async withResponse() {
    const [data, response] = await Promise.all([this.parse(), this.asResponse()]);
    return { data, response, request_id: response.headers.get("x-request-id") };
  }
  parse() {
    if (!this.parsedPromise) {
      this.parsedPromise = this.responsePromise.then((data) => this.parseResponse(__classPrivateFieldGet(this, _APIPromise_client, "f"), data));
    }
    return this.parsedPromise;
  }
  then(onfulfilled, onrejected) {
    return this.parse().then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.parse().catch(onrejected);
  }
  finally(onfinally) {
    return this.parse().finally(onfinally);
  }
};
_APIPromise_client = /* @__PURE__ */ new WeakMap();

// node_modules/openai/core/pagination.mjs
var _AbstractPage_client;
var AbstractPage = class {
  constructor(client, response, body, options) {
    _AbstractPage_client.set(this, void 0);
    __classPrivateFieldSet(this, _AbstractPage_client, client, "f");
    this.options = options;
    this.response = response;
    this.body = body;
  }
  hasNextPage() {
    const items2 = this.getPaginatedItems();
    if (!items2.length)
      return false;
    return this.nextPageRequestOptions() != null;
  }
  async getNextPage() {
    const nextOptions = this.nextPageRequestOptions();
    if (!nextOptions) {
      throw new OpenAIError("No next page expected; please check `.hasNextPage()` before calling `.getNextPage()`.");
    }
    return await __classPrivateFieldGet(this, _AbstractPage_client, "f").requestAPIList(this.constructor, nextOptions);
  }
  async *iterPages() {
    let page = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }
  async *[(_AbstractPage_client = /* @__PURE__ */ new WeakMap(), Symbol.asyncIterator)]() {
    for await (const page of this.iterPages()) {
      for (const item of page.getPaginatedItems()) {
        yield item;
      }
    }
  }
};
var PagePromise = class extends APIPromise {
  constructor(client, request, Page2) {
    super(client, request, async (client2, props) => new Page2(client2, props.response, await defaultParseResponse(client2, props), props.options));
  }
  /**
   * Allow auto-paginating iteration on an unawaited list call, eg:
   *
   *    for await (const item of client.items.list()) {
   *      console.log(item)
   *    }
   */
  async *[Symbol.asyncIterator]() {
    const page = await this;
    for await (const item of page) {
      yield item;
    }
  }
};
var Page = class extends AbstractPage {
  constructor(client, response, body, options) {
    super(client, response, body, options);
    this.data = body.data || [];
    this.object = body.object;
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  nextPageRequestOptions() {
    return null;
  }
};
var CursorPage = class extends AbstractPage {
  constructor(client, response, body, options) {
    super(client, response, body, options);
    this.data = body.data || [];
    this.has_more = body.has_more || false;
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  hasNextPage() {
    if (this.has_more === false) {
      return false;
    }
    return super.hasNextPage();
  }
  nextPageRequestOptions() {
    const data = this.getPaginatedItems();
    const id = data[data.length - 1]?.id;
    if (!id) {
      return null;
    }
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: id
      }
    };
  }
};
var ConversationCursorPage = class extends AbstractPage {
  constructor(client, response, body, options) {
    super(client, response, body, options);
    this.data = body.data || [];
    this.has_more = body.has_more || false;
    this.last_id = body.last_id || "";
  }
  getPaginatedItems() {
    return this.data ?? [];
  }
  hasNextPage() {
    if (this.has_more === false) {
      return false;
    }
    return super.hasNextPage();
  }
  nextPageRequestOptions() {
    const cursor = this.last_id;
    if (!cursor) {
      return null;
    }
    return {
      ...this.options,
      query: {
        ...maybeObj(this.options.query),
        after: cursor
      }
    };
  }
};

// node_modules/openai/internal/uploads.mjs
var checkFileSupport = () => {
  if (typeof File === "undefined") {
    const { process: process7 } = globalThis;
    const isOldNode = typeof process7?.versions?.node === "string" && parseInt(process7.versions.node.split(".")) < 20;
    throw new Error("`File` is not defined as a global, which is required for file uploads." + (isOldNode ? " Update to Node 20 LTS or newer, or set `globalThis.File` to `import('node:buffer').File`." : ""));
  }
};
function makeFile(fileBits, fileName, options) {
  checkFileSupport();
  return new File(fileBits, fileName ?? "unknown_file", options);
}
function getName(value) {
  return (typeof value === "object" && value !== null && ("name" in value && value.name && String(value.name) || "url" in value && value.url && String(value.url) || "filename" in value && value.filename && String(value.filename) || "path" in value && value.path && String(value.path)) || "").split(/[\\/]/).pop() || void 0;
}
var isAsyncIterable = (value) => value != null && typeof value === "object" && typeof value[Symbol.asyncIterator] === "function";
var maybeMultipartFormRequestOptions = async (opts, fetch2) => {
  if (!hasUploadableValue(opts.body))
    return opts;
  return { ...opts, body: await createForm(opts.body, fetch2) };
};
var multipartFormRequestOptions = async (opts, fetch2) => {
  return { ...opts, body: await createForm(opts.body, fetch2) };
};
var supportsFormDataMap = /* @__PURE__ */ new WeakMap();
function supportsFormData(fetchObject) {
  const fetch2 = typeof fetchObject === "function" ? fetchObject : fetchObject.fetch;
  const cached = supportsFormDataMap.get(fetch2);
  if (cached)
    return cached;
  const promise = (async () => {
    try {
      const FetchResponse = "Response" in fetch2 ? fetch2.Response : (await fetch2("data:,")).constructor;
      const data = new FormData();
      if (data.toString() === await new FetchResponse(data).text()) {
        return false;
      }
      return true;
    } catch {
      return true;
    }
  })();
  supportsFormDataMap.set(fetch2, promise);
  return promise;
}
var createForm = async (body, fetch2) => {
  if (!await supportsFormData(fetch2)) {
    throw new TypeError("The provided fetch function does not support file uploads with the current global FormData class.");
  }
  const form = new FormData();
  await Promise.all(Object.entries(body || {}).map(([key, value]) => addFormValue(form, key, value)));
  return form;
};
var isNamedBlob = (value) => value instanceof Blob && "name" in value;
var isUploadable = (value) => typeof value === "object" && value !== null && (value instanceof Response || isAsyncIterable(value) || isNamedBlob(value));
var hasUploadableValue = (value) => {
  if (isUploadable(value))
    return true;
  if (Array.isArray(value))
    return value.some(hasUploadableValue);
  if (value && typeof value === "object") {
    for (const k in value) {
      if (hasUploadableValue(value[k]))
        return true;
    }
  }
  return false;
};
var addFormValue = async (form, key, value) => {
  if (value === void 0)
    return;
  if (value == null) {
    throw new TypeError(`Received null for "${key}"; to pass null in FormData, you must use the string 'null'`);
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    form.append(key, String(value));
  } else if (value instanceof Response) {
    form.append(key, makeFile([await value.blob()], getName(value)));
  } else if (isAsyncIterable(value)) {
    form.append(key, makeFile([await new Response(ReadableStreamFrom(value)).blob()], getName(value)));
  } else if (isNamedBlob(value)) {
    form.append(key, value, getName(value));
  } else if (Array.isArray(value)) {
    await Promise.all(value.map((entry) => addFormValue(form, key + "[]", entry)));
  } else if (typeof value === "object") {
    await Promise.all(Object.entries(value).map(([name, prop]) => addFormValue(form, `${key}[${name}]`, prop)));
  } else {
    throw new TypeError(`Invalid value given to form, expected a string, number, boolean, object, Array, File or Blob but got ${value} instead`);
  }
};

// node_modules/openai/internal/to-file.mjs
var isBlobLike = (value) => value != null && typeof value === "object" && typeof value.size === "number" && typeof value.type === "string" && typeof value.text === "function" && typeof value.slice === "function" && typeof value.arrayBuffer === "function";
var isFileLike = (value) => value != null && typeof value === "object" && typeof value.name === "string" && typeof value.lastModified === "number" && isBlobLike(value);
var isResponseLike = (value) => value != null && typeof value === "object" && typeof value.url === "string" && typeof value.blob === "function";
async function toFile(value, name, options) {
  checkFileSupport();
  value = await value;
  if (isFileLike(value)) {
    if (value instanceof File) {
      return value;
    }
    return makeFile([await value.arrayBuffer()], value.name);
  }
  if (isResponseLike(value)) {
    const blob = await value.blob();
    name || (name = new URL(value.url).pathname.split(/[\\/]/).pop());
    return makeFile(await getBytes(blob), name, options);
  }
  const parts = await getBytes(value);
  name || (name = getName(value));
  if (!options?.type) {
    const type = parts.find((part) => typeof part === "object" && "type" in part && part.type);
    if (typeof type === "string") {
      options = { ...options, type };
    }
  }
  return makeFile(parts, name, options);
}
async function getBytes(value) {
  let parts = [];
  if (typeof value === "string" || ArrayBuffer.isView(value) || // includes Uint8Array, Buffer, etc.
  value instanceof ArrayBuffer) {
    parts.push(value);
  } else if (isBlobLike(value)) {
    parts.push(value instanceof Blob ? value : await value.arrayBuffer());
  } else if (isAsyncIterable(value)) {
    for await (const chunk of value) {
      parts.push(...await getBytes(chunk));
    }
  } else {
    const constructor = value?.constructor?.name;
    throw new Error(`Unexpected data type: ${typeof value}${constructor ? `; constructor: ${constructor}` : ""}${propsForError(value)}`);
  }
  return parts;
}
function propsForError(value) {
  if (typeof value !== "object" || value === null)
    return "";
  const props = Object.getOwnPropertyNames(value);
  return `; props: [${props.map((p) => `"${p}"`).join(", ")}]`;
}

// node_modules/openai/core/resource.mjs
var APIResource = class {
  constructor(client) {
    this._client = client;
  }
};

// node_modules/openai/internal/utils/path.mjs
function encodeURIPath(str2) {
  return str2.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]+/g, encodeURIComponent);
}
var EMPTY = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.create(null));
var createPathTagFunction = (pathEncoder = encodeURIPath) => function path2(statics, ...params) {
  if (statics.length === 1)
    return statics[0];
  let postPath = false;
  const invalidSegments = [];
  const path3 = statics.reduce((previousValue, currentValue, index) => {
    if (/[?#]/.test(currentValue)) {
      postPath = true;
    }
    const value = params[index];
    let encoded = (postPath ? encodeURIComponent : pathEncoder)("" + value);
    if (index !== params.length && (value == null || typeof value === "object" && // handle values from other realms
    value.toString === Object.getPrototypeOf(Object.getPrototypeOf(value.hasOwnProperty ?? EMPTY) ?? EMPTY)?.toString)) {
      encoded = value + "";
      invalidSegments.push({
        start: previousValue.length + currentValue.length,
        length: encoded.length,
        error: `Value of type ${Object.prototype.toString.call(value).slice(8, -1)} is not a valid path parameter`
      });
    }
    return previousValue + currentValue + (index === params.length ? "" : encoded);
  }, "");
  const pathOnly = path3.split(/[?#]/, 1)[0];
  const invalidSegmentPattern = /(?<=^|\/)(?:\.|%2e){1,2}(?=\/|$)/gi;
  let match;
  while ((match = invalidSegmentPattern.exec(pathOnly)) !== null) {
    invalidSegments.push({
      start: match.index,
      length: match[0].length,
      error: `Value "${match[0]}" can't be safely passed as a path parameter`
    });
  }
  invalidSegments.sort((a, b) => a.start - b.start);
  if (invalidSegments.length > 0) {
    let lastEnd = 0;
    const underline = invalidSegments.reduce((acc, segment2) => {
      const spaces = " ".repeat(segment2.start - lastEnd);
      const arrows = "^".repeat(segment2.length);
      lastEnd = segment2.start + segment2.length;
      return acc + spaces + arrows;
    }, "");
    throw new OpenAIError(`Path parameters result in path with invalid segments:
${invalidSegments.map((e) => e.error).join("\n")}
${path3}
${underline}`);
  }
  return path3;
};
var path = /* @__PURE__ */ createPathTagFunction(encodeURIPath);

// node_modules/openai/resources/chat/completions/messages.mjs
var Messages = class extends APIResource {
  /**
   * Get the messages in a stored chat completion. Only Chat Completions that have
   * been created with the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatCompletionStoreMessage of client.chat.completions.messages.list(
   *   'completion_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(completionID, query = {}, options) {
    return this._client.getAPIList(path`/chat/completions/${completionID}/messages`, CursorPage, { query, ...options });
  }
};

// node_modules/openai/lib/parser.mjs
function isChatCompletionFunctionTool(tool) {
  return tool !== void 0 && "function" in tool && tool.function !== void 0;
}
function isAutoParsableResponseFormat(response_format) {
  return response_format?.["$brand"] === "auto-parseable-response-format";
}
function isAutoParsableTool(tool) {
  return tool?.["$brand"] === "auto-parseable-tool";
}
function maybeParseChatCompletion(completion, params) {
  if (!params || !hasAutoParseableInput(params)) {
    return {
      ...completion,
      choices: completion.choices.map((choice) => {
        assertToolCallsAreChatCompletionFunctionToolCalls(choice.message.tool_calls);
        return {
          ...choice,
          message: {
            ...choice.message,
            parsed: null,
            ...choice.message.tool_calls ? {
              tool_calls: choice.message.tool_calls
            } : void 0
          }
        };
      })
    };
  }
  return parseChatCompletion(completion, params);
}
function parseChatCompletion(completion, params) {
  const choices = completion.choices.map((choice) => {
    if (choice.finish_reason === "length") {
      throw new LengthFinishReasonError();
    }
    if (choice.finish_reason === "content_filter") {
      throw new ContentFilterFinishReasonError();
    }
    assertToolCallsAreChatCompletionFunctionToolCalls(choice.message.tool_calls);
    return {
      ...choice,
      message: {
        ...choice.message,
        ...choice.message.tool_calls ? {
          tool_calls: choice.message.tool_calls?.map((toolCall) => parseToolCall(params, toolCall)) ?? void 0
        } : void 0,
        parsed: choice.message.content && !choice.message.refusal ? parseResponseFormat(params, choice.message.content) : null
      }
    };
  });
  return { ...completion, choices };
}
function parseResponseFormat(params, content2) {
  if (params.response_format?.type !== "json_schema") {
    return null;
  }
  if (params.response_format?.type === "json_schema") {
    if ("$parseRaw" in params.response_format) {
      const response_format = params.response_format;
      return response_format.$parseRaw(content2);
    }
    return JSON.parse(content2);
  }
  return null;
}
function parseToolCall(params, toolCall) {
  const inputTool = params.tools?.find((inputTool2) => isChatCompletionFunctionTool(inputTool2) && inputTool2.function?.name === toolCall.function.name);
  return {
    ...toolCall,
    function: {
      ...toolCall.function,
      parsed_arguments: isAutoParsableTool(inputTool) ? inputTool.$parseRaw(toolCall.function.arguments) : inputTool?.function.strict ? JSON.parse(toolCall.function.arguments) : null
    }
  };
}
function shouldParseToolCall(params, toolCall) {
  if (!params || !("tools" in params) || !params.tools) {
    return false;
  }
  const inputTool = params.tools?.find((inputTool2) => isChatCompletionFunctionTool(inputTool2) && inputTool2.function?.name === toolCall.function.name);
  return isChatCompletionFunctionTool(inputTool) && (isAutoParsableTool(inputTool) || inputTool?.function.strict || false);
}
function hasAutoParseableInput(params) {
  if (isAutoParsableResponseFormat(params.response_format)) {
    return true;
  }
  return params.tools?.some((t) => isAutoParsableTool(t) || t.type === "function" && t.function.strict === true) ?? false;
}
function assertToolCallsAreChatCompletionFunctionToolCalls(toolCalls) {
  for (const toolCall of toolCalls || []) {
    if (toolCall.type !== "function") {
      throw new OpenAIError(`Currently only \`function\` tool calls are supported; Received \`${toolCall.type}\``);
    }
  }
}
function validateInputTools(tools) {
  for (const tool of tools ?? []) {
    if (tool.type !== "function") {
      throw new OpenAIError(`Currently only \`function\` tool types support auto-parsing; Received \`${tool.type}\``);
    }
    if (tool.function.strict !== true) {
      throw new OpenAIError(`The \`${tool.function.name}\` tool is not marked with \`strict: true\`. Only strict function tools can be auto-parsed`);
    }
  }
}

// node_modules/openai/lib/chatCompletionUtils.mjs
var isAssistantMessage = (message) => {
  return message?.role === "assistant";
};
var isToolMessage = (message) => {
  return message?.role === "tool";
};

// node_modules/openai/lib/EventStream.mjs
var _EventStream_instances;
var _EventStream_connectedPromise;
var _EventStream_resolveConnectedPromise;
var _EventStream_rejectConnectedPromise;
var _EventStream_endPromise;
var _EventStream_resolveEndPromise;
var _EventStream_rejectEndPromise;
var _EventStream_listeners;
var _EventStream_ended;
var _EventStream_errored;
var _EventStream_aborted;
var _EventStream_catchingPromiseCreated;
var _EventStream_handleError;
var EventStream = class {
  constructor() {
    _EventStream_instances.add(this);
    this.controller = new AbortController();
    _EventStream_connectedPromise.set(this, void 0);
    _EventStream_resolveConnectedPromise.set(this, () => {
    });
    _EventStream_rejectConnectedPromise.set(this, () => {
    });
    _EventStream_endPromise.set(this, void 0);
    _EventStream_resolveEndPromise.set(this, () => {
    });
    _EventStream_rejectEndPromise.set(this, () => {
    });
    _EventStream_listeners.set(this, {});
    _EventStream_ended.set(this, false);
    _EventStream_errored.set(this, false);
    _EventStream_aborted.set(this, false);
    _EventStream_catchingPromiseCreated.set(this, false);
    __classPrivateFieldSet(this, _EventStream_connectedPromise, new Promise((resolve6, reject) => {
      __classPrivateFieldSet(this, _EventStream_resolveConnectedPromise, resolve6, "f");
      __classPrivateFieldSet(this, _EventStream_rejectConnectedPromise, reject, "f");
    }), "f");
    __classPrivateFieldSet(this, _EventStream_endPromise, new Promise((resolve6, reject) => {
      __classPrivateFieldSet(this, _EventStream_resolveEndPromise, resolve6, "f");
      __classPrivateFieldSet(this, _EventStream_rejectEndPromise, reject, "f");
    }), "f");
    __classPrivateFieldGet(this, _EventStream_connectedPromise, "f").catch(() => {
    });
    __classPrivateFieldGet(this, _EventStream_endPromise, "f").catch(() => {
    });
  }
  _run(executor) {
    setTimeout(() => {
      executor().then(() => {
        this._emitFinal();
        this._emit("end");
      }, __classPrivateFieldGet(this, _EventStream_instances, "m", _EventStream_handleError).bind(this));
    }, 0);
  }
  _connected() {
    if (this.ended)
      return;
    __classPrivateFieldGet(this, _EventStream_resolveConnectedPromise, "f").call(this);
    this._emit("connect");
  }
  get ended() {
    return __classPrivateFieldGet(this, _EventStream_ended, "f");
  }
  get errored() {
    return __classPrivateFieldGet(this, _EventStream_errored, "f");
  }
  get aborted() {
    return __classPrivateFieldGet(this, _EventStream_aborted, "f");
  }
  abort() {
    this.controller.abort();
  }
  /**
   * Adds the listener function to the end of the listeners array for the event.
   * No checks are made to see if the listener has already been added. Multiple calls passing
   * the same combination of event and listener will result in the listener being added, and
   * called, multiple times.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  on(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] || (__classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = []);
    listeners.push({ listener });
    return this;
  }
  /**
   * Removes the specified listener from the listener array for the event.
   * off() will remove, at most, one instance of a listener from the listener array. If any single
   * listener has been added multiple times to the listener array for the specified event, then
   * off() must be called multiple times to remove each instance.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  off(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event];
    if (!listeners)
      return this;
    const index = listeners.findIndex((l) => l.listener === listener);
    if (index >= 0)
      listeners.splice(index, 1);
    return this;
  }
  /**
   * Adds a one-time listener function for the event. The next time the event is triggered,
   * this listener is removed and then invoked.
   * @returns this ChatCompletionStream, so that calls can be chained
   */
  once(event, listener) {
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] || (__classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = []);
    listeners.push({ listener, once: true });
    return this;
  }
  /**
   * This is similar to `.once()`, but returns a Promise that resolves the next time
   * the event is triggered, instead of calling a listener callback.
   * @returns a Promise that resolves the next time given event is triggered,
   * or rejects if an error is emitted.  (If you request the 'error' event,
   * returns a promise that resolves with the error).
   *
   * Example:
   *
   *   const message = await stream.emitted('message') // rejects if the stream errors
   */
  emitted(event) {
    return new Promise((resolve6, reject) => {
      __classPrivateFieldSet(this, _EventStream_catchingPromiseCreated, true, "f");
      if (event !== "error")
        this.once("error", reject);
      this.once(event, resolve6);
    });
  }
  async done() {
    __classPrivateFieldSet(this, _EventStream_catchingPromiseCreated, true, "f");
    await __classPrivateFieldGet(this, _EventStream_endPromise, "f");
  }
  _emit(event, ...args) {
    if (__classPrivateFieldGet(this, _EventStream_ended, "f")) {
      return;
    }
    if (event === "end") {
      __classPrivateFieldSet(this, _EventStream_ended, true, "f");
      __classPrivateFieldGet(this, _EventStream_resolveEndPromise, "f").call(this);
    }
    const listeners = __classPrivateFieldGet(this, _EventStream_listeners, "f")[event];
    if (listeners) {
      __classPrivateFieldGet(this, _EventStream_listeners, "f")[event] = listeners.filter((l) => !l.once);
      listeners.forEach(({ listener }) => listener(...args));
    }
    if (event === "abort") {
      const error = args[0];
      if (!__classPrivateFieldGet(this, _EventStream_catchingPromiseCreated, "f") && !listeners?.length) {
        Promise.reject(error);
      }
      __classPrivateFieldGet(this, _EventStream_rejectConnectedPromise, "f").call(this, error);
      __classPrivateFieldGet(this, _EventStream_rejectEndPromise, "f").call(this, error);
      this._emit("end");
      return;
    }
    if (event === "error") {
      const error = args[0];
      if (!__classPrivateFieldGet(this, _EventStream_catchingPromiseCreated, "f") && !listeners?.length) {
        Promise.reject(error);
      }
      __classPrivateFieldGet(this, _EventStream_rejectConnectedPromise, "f").call(this, error);
      __classPrivateFieldGet(this, _EventStream_rejectEndPromise, "f").call(this, error);
      this._emit("end");
    }
  }
  _emitFinal() {
  }
};
_EventStream_connectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_resolveConnectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_rejectConnectedPromise = /* @__PURE__ */ new WeakMap(), _EventStream_endPromise = /* @__PURE__ */ new WeakMap(), _EventStream_resolveEndPromise = /* @__PURE__ */ new WeakMap(), _EventStream_rejectEndPromise = /* @__PURE__ */ new WeakMap(), _EventStream_listeners = /* @__PURE__ */ new WeakMap(), _EventStream_ended = /* @__PURE__ */ new WeakMap(), _EventStream_errored = /* @__PURE__ */ new WeakMap(), _EventStream_aborted = /* @__PURE__ */ new WeakMap(), _EventStream_catchingPromiseCreated = /* @__PURE__ */ new WeakMap(), _EventStream_instances = /* @__PURE__ */ new WeakSet(), _EventStream_handleError = function _EventStream_handleError2(error) {
  __classPrivateFieldSet(this, _EventStream_errored, true, "f");
  if (error instanceof Error && error.name === "AbortError") {
    error = new APIUserAbortError();
  }
  if (error instanceof APIUserAbortError) {
    __classPrivateFieldSet(this, _EventStream_aborted, true, "f");
    return this._emit("abort", error);
  }
  if (error instanceof OpenAIError) {
    return this._emit("error", error);
  }
  if (error instanceof Error) {
    const openAIError = new OpenAIError(error.message);
    openAIError.cause = error;
    return this._emit("error", openAIError);
  }
  return this._emit("error", new OpenAIError(String(error)));
};

// node_modules/openai/lib/RunnableFunction.mjs
function isRunnableFunctionWithParse(fn) {
  return typeof fn.parse === "function";
}

// node_modules/openai/lib/AbstractChatCompletionRunner.mjs
var _AbstractChatCompletionRunner_instances;
var _AbstractChatCompletionRunner_getFinalContent;
var _AbstractChatCompletionRunner_getFinalMessage;
var _AbstractChatCompletionRunner_getFinalFunctionToolCall;
var _AbstractChatCompletionRunner_getFinalFunctionToolCallResult;
var _AbstractChatCompletionRunner_calculateTotalUsage;
var _AbstractChatCompletionRunner_validateParams;
var _AbstractChatCompletionRunner_stringifyFunctionCallResult;
var DEFAULT_MAX_CHAT_COMPLETIONS = 10;
var AbstractChatCompletionRunner = class extends EventStream {
  constructor() {
    super(...arguments);
    _AbstractChatCompletionRunner_instances.add(this);
    this._chatCompletions = [];
    this.messages = [];
  }
  _addChatCompletion(chatCompletion) {
    this._chatCompletions.push(chatCompletion);
    this._emit("chatCompletion", chatCompletion);
    const message = chatCompletion.choices[0]?.message;
    if (message)
      this._addMessage(message);
    return chatCompletion;
  }
  _addMessage(message, emit = true) {
    if (!("content" in message))
      message.content = null;
    this.messages.push(message);
    if (emit) {
      this._emit("message", message);
      if (isToolMessage(message) && message.content) {
        this._emit("functionToolCallResult", message.content);
      } else if (isAssistantMessage(message) && message.tool_calls) {
        for (const tool_call of message.tool_calls) {
          if (tool_call.type === "function") {
            this._emit("functionToolCall", tool_call.function);
          }
        }
      }
    }
  }
  /**
   * @returns a promise that resolves with the final ChatCompletion, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletion.
   */
  async finalChatCompletion() {
    await this.done();
    const completion = this._chatCompletions[this._chatCompletions.length - 1];
    if (!completion)
      throw new OpenAIError("stream ended without producing a ChatCompletion");
    return completion;
  }
  /**
   * @returns a promise that resolves with the content of the final ChatCompletionMessage, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalContent() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalContent).call(this);
  }
  /**
   * @returns a promise that resolves with the the final assistant ChatCompletionMessage response,
   * or rejects if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalMessage() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this);
  }
  /**
   * @returns a promise that resolves with the content of the final FunctionCall, or rejects
   * if an error occurred or the stream ended prematurely without producing a ChatCompletionMessage.
   */
  async finalFunctionToolCall() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCall).call(this);
  }
  async finalFunctionToolCallResult() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCallResult).call(this);
  }
  async totalUsage() {
    await this.done();
    return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_calculateTotalUsage).call(this);
  }
  allChatCompletions() {
    return [...this._chatCompletions];
  }
  _emitFinal() {
    const completion = this._chatCompletions[this._chatCompletions.length - 1];
    if (completion)
      this._emit("finalChatCompletion", completion);
    const finalMessage = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this);
    if (finalMessage)
      this._emit("finalMessage", finalMessage);
    const finalContent = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalContent).call(this);
    if (finalContent)
      this._emit("finalContent", finalContent);
    const finalFunctionCall = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCall).call(this);
    if (finalFunctionCall)
      this._emit("finalFunctionToolCall", finalFunctionCall);
    const finalFunctionCallResult = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalFunctionToolCallResult).call(this);
    if (finalFunctionCallResult != null)
      this._emit("finalFunctionToolCallResult", finalFunctionCallResult);
    if (this._chatCompletions.some((c) => c.usage)) {
      this._emit("totalUsage", __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_calculateTotalUsage).call(this));
    }
  }
  async _createChatCompletion(client, params, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_validateParams).call(this, params);
    const chatCompletion = await client.chat.completions.create({ ...params, stream: false }, { ...options, signal: this.controller.signal });
    this._connected();
    return this._addChatCompletion(parseChatCompletion(chatCompletion, params));
  }
  async _runChatCompletion(client, params, options) {
    for (const message of params.messages) {
      this._addMessage(message, false);
    }
    return await this._createChatCompletion(client, params, options);
  }
  async _runTools(client, params, options) {
    const role = "tool";
    const { tool_choice = "auto", stream, ...restParams } = params;
    const singleFunctionToCall = typeof tool_choice !== "string" && tool_choice.type === "function" && tool_choice?.function?.name;
    const { maxChatCompletions = DEFAULT_MAX_CHAT_COMPLETIONS } = options || {};
    const inputTools = params.tools.map((tool) => {
      if (isAutoParsableTool(tool)) {
        if (!tool.$callback) {
          throw new OpenAIError("Tool given to `.runTools()` that does not have an associated function");
        }
        return {
          type: "function",
          function: {
            function: tool.$callback,
            name: tool.function.name,
            description: tool.function.description || "",
            parameters: tool.function.parameters,
            parse: tool.$parseRaw,
            strict: true
          }
        };
      }
      return tool;
    });
    const functionsByName = {};
    for (const f of inputTools) {
      if (f.type === "function") {
        functionsByName[f.function.name || f.function.function.name] = f.function;
      }
    }
    const tools = "tools" in params ? inputTools.map((t) => t.type === "function" ? {
      type: "function",
      function: {
        name: t.function.name || t.function.function.name,
        parameters: t.function.parameters,
        description: t.function.description,
        strict: t.function.strict
      }
    } : t) : void 0;
    for (const message of params.messages) {
      this._addMessage(message, false);
    }
    for (let i = 0; i < maxChatCompletions; ++i) {
      const chatCompletion = await this._createChatCompletion(client, {
        ...restParams,
        tool_choice,
        tools,
        messages: [...this.messages]
      }, options);
      const message = chatCompletion.choices[0]?.message;
      if (!message) {
        throw new OpenAIError(`missing message in ChatCompletion response`);
      }
      if (!message.tool_calls?.length) {
        return;
      }
      for (const tool_call of message.tool_calls) {
        if (tool_call.type !== "function")
          continue;
        const tool_call_id = tool_call.id;
        const { name, arguments: args } = tool_call.function;
        const fn = functionsByName[name];
        if (!fn) {
          const content3 = `Invalid tool_call: ${JSON.stringify(name)}. Available options are: ${Object.keys(functionsByName).map((name2) => JSON.stringify(name2)).join(", ")}. Please try again`;
          this._addMessage({ role, tool_call_id, content: content3 });
          continue;
        } else if (singleFunctionToCall && singleFunctionToCall !== name) {
          const content3 = `Invalid tool_call: ${JSON.stringify(name)}. ${JSON.stringify(singleFunctionToCall)} requested. Please try again`;
          this._addMessage({ role, tool_call_id, content: content3 });
          continue;
        }
        let parsed;
        try {
          parsed = isRunnableFunctionWithParse(fn) ? await fn.parse(args) : args;
        } catch (error) {
          const content3 = error instanceof Error ? error.message : String(error);
          this._addMessage({ role, tool_call_id, content: content3 });
          continue;
        }
        const rawContent = await fn.function(parsed, this);
        const content2 = __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_stringifyFunctionCallResult).call(this, rawContent);
        this._addMessage({ role, tool_call_id, content: content2 });
        if (singleFunctionToCall) {
          return;
        }
      }
    }
    return;
  }
};
_AbstractChatCompletionRunner_instances = /* @__PURE__ */ new WeakSet(), _AbstractChatCompletionRunner_getFinalContent = function _AbstractChatCompletionRunner_getFinalContent2() {
  return __classPrivateFieldGet(this, _AbstractChatCompletionRunner_instances, "m", _AbstractChatCompletionRunner_getFinalMessage).call(this).content ?? null;
}, _AbstractChatCompletionRunner_getFinalMessage = function _AbstractChatCompletionRunner_getFinalMessage2() {
  let i = this.messages.length;
  while (i-- > 0) {
    const message = this.messages[i];
    if (isAssistantMessage(message)) {
      const ret = {
        ...message,
        content: message.content ?? null,
        refusal: message.refusal ?? null
      };
      return ret;
    }
  }
  throw new OpenAIError("stream ended without producing a ChatCompletionMessage with role=assistant");
}, _AbstractChatCompletionRunner_getFinalFunctionToolCall = function _AbstractChatCompletionRunner_getFinalFunctionToolCall2() {
  for (let i = this.messages.length - 1; i >= 0; i--) {
    const message = this.messages[i];
    if (isAssistantMessage(message) && message?.tool_calls?.length) {
      return message.tool_calls.filter((x) => x.type === "function").at(-1)?.function;
    }
  }
  return;
}, _AbstractChatCompletionRunner_getFinalFunctionToolCallResult = function _AbstractChatCompletionRunner_getFinalFunctionToolCallResult2() {
  for (let i = this.messages.length - 1; i >= 0; i--) {
    const message = this.messages[i];
    if (isToolMessage(message) && message.content != null && typeof message.content === "string" && this.messages.some((x) => x.role === "assistant" && x.tool_calls?.some((y) => y.type === "function" && y.id === message.tool_call_id))) {
      return message.content;
    }
  }
  return;
}, _AbstractChatCompletionRunner_calculateTotalUsage = function _AbstractChatCompletionRunner_calculateTotalUsage2() {
  const total = {
    completion_tokens: 0,
    prompt_tokens: 0,
    total_tokens: 0
  };
  for (const { usage } of this._chatCompletions) {
    if (usage) {
      total.completion_tokens += usage.completion_tokens;
      total.prompt_tokens += usage.prompt_tokens;
      total.total_tokens += usage.total_tokens;
    }
  }
  return total;
}, _AbstractChatCompletionRunner_validateParams = function _AbstractChatCompletionRunner_validateParams2(params) {
  if (params.n != null && params.n > 1) {
    throw new OpenAIError("ChatCompletion convenience helpers only support n=1 at this time. To use n>1, please use chat.completions.create() directly.");
  }
}, _AbstractChatCompletionRunner_stringifyFunctionCallResult = function _AbstractChatCompletionRunner_stringifyFunctionCallResult2(rawContent) {
  return typeof rawContent === "string" ? rawContent : rawContent === void 0 ? "undefined" : JSON.stringify(rawContent);
};

// node_modules/openai/lib/ChatCompletionRunner.mjs
var ChatCompletionRunner = class _ChatCompletionRunner extends AbstractChatCompletionRunner {
  static runTools(client, params, options) {
    const runner = new _ChatCompletionRunner();
    const opts = {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "runTools" }
    };
    runner._run(() => runner._runTools(client, params, opts));
    return runner;
  }
  _addMessage(message, emit = true) {
    super._addMessage(message, emit);
    if (isAssistantMessage(message) && message.content) {
      this._emit("content", message.content);
    }
  }
};

// node_modules/openai/_vendor/partial-json-parser/parser.mjs
var STR = 1;
var NUM = 2;
var ARR = 4;
var OBJ = 8;
var NULL = 16;
var BOOL = 32;
var NAN = 64;
var INFINITY = 128;
var MINUS_INFINITY = 256;
var INF = INFINITY | MINUS_INFINITY;
var SPECIAL = NULL | BOOL | INF | NAN;
var ATOM = STR | NUM | SPECIAL;
var COLLECTION = ARR | OBJ;
var ALL = ATOM | COLLECTION;
var Allow = {
  STR,
  NUM,
  ARR,
  OBJ,
  NULL,
  BOOL,
  NAN,
  INFINITY,
  MINUS_INFINITY,
  INF,
  SPECIAL,
  ATOM,
  COLLECTION,
  ALL
};
var PartialJSON = class extends Error {
};
var MalformedJSON = class extends Error {
};
function parseJSON(jsonString, allowPartial = Allow.ALL) {
  if (typeof jsonString !== "string") {
    throw new TypeError(`expecting str, got ${typeof jsonString}`);
  }
  if (!jsonString.trim()) {
    throw new Error(`${jsonString} is empty`);
  }
  return _parseJSON(jsonString.trim(), allowPartial);
}
var _parseJSON = (jsonString, allow) => {
  const length = jsonString.length;
  let index = 0;
  const markPartialJSON = (msg) => {
    throw new PartialJSON(`${msg} at position ${index}`);
  };
  const throwMalformedError = (msg) => {
    throw new MalformedJSON(`${msg} at position ${index}`);
  };
  const parseAny = () => {
    skipBlank();
    if (index >= length)
      markPartialJSON("Unexpected end of input");
    if (jsonString[index] === '"')
      return parseStr();
    if (jsonString[index] === "{")
      return parseObj();
    if (jsonString[index] === "[")
      return parseArr();
    if (jsonString.substring(index, index + 4) === "null" || Allow.NULL & allow && length - index < 4 && "null".startsWith(jsonString.substring(index))) {
      index += 4;
      return null;
    }
    if (jsonString.substring(index, index + 4) === "true" || Allow.BOOL & allow && length - index < 4 && "true".startsWith(jsonString.substring(index))) {
      index += 4;
      return true;
    }
    if (jsonString.substring(index, index + 5) === "false" || Allow.BOOL & allow && length - index < 5 && "false".startsWith(jsonString.substring(index))) {
      index += 5;
      return false;
    }
    if (jsonString.substring(index, index + 8) === "Infinity" || Allow.INFINITY & allow && length - index < 8 && "Infinity".startsWith(jsonString.substring(index))) {
      index += 8;
      return Infinity;
    }
    if (jsonString.substring(index, index + 9) === "-Infinity" || Allow.MINUS_INFINITY & allow && 1 < length - index && length - index < 9 && "-Infinity".startsWith(jsonString.substring(index))) {
      index += 9;
      return -Infinity;
    }
    if (jsonString.substring(index, index + 3) === "NaN" || Allow.NAN & allow && length - index < 3 && "NaN".startsWith(jsonString.substring(index))) {
      index += 3;
      return NaN;
    }
    return parseNum();
  };
  const parseStr = () => {
    const start = index;
    let escape3 = false;
    index++;
    while (index < length && (jsonString[index] !== '"' || escape3 && jsonString[index - 1] === "\\")) {
      escape3 = jsonString[index] === "\\" ? !escape3 : false;
      index++;
    }
    if (jsonString.charAt(index) == '"') {
      try {
        return JSON.parse(jsonString.substring(start, ++index - Number(escape3)));
      } catch (e) {
        throwMalformedError(String(e));
      }
    } else if (Allow.STR & allow) {
      try {
        return JSON.parse(jsonString.substring(start, index - Number(escape3)) + '"');
      } catch (e) {
        return JSON.parse(jsonString.substring(start, jsonString.lastIndexOf("\\")) + '"');
      }
    }
    markPartialJSON("Unterminated string literal");
  };
  const parseObj = () => {
    index++;
    skipBlank();
    const obj = {};
    try {
      while (jsonString[index] !== "}") {
        skipBlank();
        if (index >= length && Allow.OBJ & allow)
          return obj;
        const key = parseStr();
        skipBlank();
        index++;
        try {
          const value = parseAny();
          Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
        } catch (e) {
          if (Allow.OBJ & allow)
            return obj;
          else
            throw e;
        }
        skipBlank();
        if (jsonString[index] === ",")
          index++;
      }
    } catch (e) {
      if (Allow.OBJ & allow)
        return obj;
      else
        markPartialJSON("Expected '}' at end of object");
    }
    index++;
    return obj;
  };
  const parseArr = () => {
    index++;
    const arr = [];
    try {
      while (jsonString[index] !== "]") {
        arr.push(parseAny());
        skipBlank();
        if (jsonString[index] === ",") {
          index++;
        }
      }
    } catch (e) {
      if (Allow.ARR & allow) {
        return arr;
      }
      markPartialJSON("Expected ']' at end of array");
    }
    index++;
    return arr;
  };
  const parseNum = () => {
    if (index === 0) {
      if (jsonString === "-" && Allow.NUM & allow)
        markPartialJSON("Not sure what '-' is");
      try {
        return JSON.parse(jsonString);
      } catch (e) {
        if (Allow.NUM & allow) {
          try {
            if ("." === jsonString[jsonString.length - 1])
              return JSON.parse(jsonString.substring(0, jsonString.lastIndexOf(".")));
            return JSON.parse(jsonString.substring(0, jsonString.lastIndexOf("e")));
          } catch (e2) {
          }
        }
        throwMalformedError(String(e));
      }
    }
    const start = index;
    if (jsonString[index] === "-")
      index++;
    while (jsonString[index] && !",]}".includes(jsonString[index]))
      index++;
    if (index == length && !(Allow.NUM & allow))
      markPartialJSON("Unterminated number literal");
    try {
      return JSON.parse(jsonString.substring(start, index));
    } catch (e) {
      if (jsonString.substring(start, index) === "-" && Allow.NUM & allow)
        markPartialJSON("Not sure what '-' is");
      try {
        return JSON.parse(jsonString.substring(start, jsonString.lastIndexOf("e")));
      } catch (e2) {
        throwMalformedError(String(e2));
      }
    }
  };
  const skipBlank = () => {
    while (index < length && " \n\r	".includes(jsonString[index])) {
      index++;
    }
  };
  return parseAny();
};
var partialParse = (input) => parseJSON(input, Allow.ALL ^ Allow.NUM);

// node_modules/openai/lib/ChatCompletionStream.mjs
var _ChatCompletionStream_instances;
var _ChatCompletionStream_params;
var _ChatCompletionStream_choiceEventStates;
var _ChatCompletionStream_currentChatCompletionSnapshot;
var _ChatCompletionStream_beginRequest;
var _ChatCompletionStream_getChoiceEventState;
var _ChatCompletionStream_addChunk;
var _ChatCompletionStream_emitToolCallDoneEvent;
var _ChatCompletionStream_emitContentDoneEvents;
var _ChatCompletionStream_endRequest;
var _ChatCompletionStream_getAutoParseableResponseFormat;
var _ChatCompletionStream_accumulateChatCompletion;
var ChatCompletionStream = class _ChatCompletionStream extends AbstractChatCompletionRunner {
  constructor(params) {
    super();
    _ChatCompletionStream_instances.add(this);
    _ChatCompletionStream_params.set(this, void 0);
    _ChatCompletionStream_choiceEventStates.set(this, void 0);
    _ChatCompletionStream_currentChatCompletionSnapshot.set(this, void 0);
    __classPrivateFieldSet(this, _ChatCompletionStream_params, params, "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_choiceEventStates, [], "f");
  }
  get currentChatCompletionSnapshot() {
    return __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
  }
  /**
   * Intended for use on the frontend, consuming a stream produced with
   * `.toReadableStream()` on the backend.
   *
   * Note that messages sent to the model do not appear in `.on('message')`
   * in this context.
   */
  static fromReadableStream(stream) {
    const runner = new _ChatCompletionStream(null);
    runner._run(() => runner._fromReadableStream(stream));
    return runner;
  }
  static createChatCompletion(client, params, options) {
    const runner = new _ChatCompletionStream(params);
    runner._run(() => runner._runChatCompletion(client, { ...params, stream: true }, { ...options, headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" } }));
    return runner;
  }
  async _createChatCompletion(client, params, options) {
    super._createChatCompletion;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_beginRequest).call(this);
    const stream = await client.chat.completions.create({ ...params, stream: true }, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const chunk of stream) {
      __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_addChunk).call(this, chunk);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
  }
  async _fromReadableStream(readableStream, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_beginRequest).call(this);
    this._connected();
    const stream = Stream.fromReadableStream(readableStream, this.controller);
    let chatId;
    for await (const chunk of stream) {
      if (chatId && chatId !== chunk.id) {
        this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
      }
      __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_addChunk).call(this, chunk);
      chatId = chunk.id;
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addChatCompletion(__classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_endRequest).call(this));
  }
  [(_ChatCompletionStream_params = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_choiceEventStates = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_currentChatCompletionSnapshot = /* @__PURE__ */ new WeakMap(), _ChatCompletionStream_instances = /* @__PURE__ */ new WeakSet(), _ChatCompletionStream_beginRequest = function _ChatCompletionStream_beginRequest2() {
    if (this.ended)
      return;
    __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, void 0, "f");
  }, _ChatCompletionStream_getChoiceEventState = function _ChatCompletionStream_getChoiceEventState2(choice) {
    let state = __classPrivateFieldGet(this, _ChatCompletionStream_choiceEventStates, "f")[choice.index];
    if (state) {
      return state;
    }
    state = {
      content_done: false,
      refusal_done: false,
      logprobs_content_done: false,
      logprobs_refusal_done: false,
      done_tool_calls: /* @__PURE__ */ new Set(),
      current_tool_call_index: null
    };
    __classPrivateFieldGet(this, _ChatCompletionStream_choiceEventStates, "f")[choice.index] = state;
    return state;
  }, _ChatCompletionStream_addChunk = function _ChatCompletionStream_addChunk2(chunk) {
    if (this.ended)
      return;
    const completion = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_accumulateChatCompletion).call(this, chunk);
    this._emit("chunk", chunk, completion);
    for (const choice of chunk.choices) {
      const choiceSnapshot = completion.choices[choice.index];
      if (choice.delta.content != null && choiceSnapshot.message?.role === "assistant" && choiceSnapshot.message?.content) {
        this._emit("content", choice.delta.content, choiceSnapshot.message.content);
        this._emit("content.delta", {
          delta: choice.delta.content,
          snapshot: choiceSnapshot.message.content,
          parsed: choiceSnapshot.message.parsed
        });
      }
      if (choice.delta.refusal != null && choiceSnapshot.message?.role === "assistant" && choiceSnapshot.message?.refusal) {
        this._emit("refusal.delta", {
          delta: choice.delta.refusal,
          snapshot: choiceSnapshot.message.refusal
        });
      }
      if (choice.logprobs?.content != null && choiceSnapshot.message?.role === "assistant") {
        this._emit("logprobs.content.delta", {
          content: choice.logprobs?.content,
          snapshot: choiceSnapshot.logprobs?.content ?? []
        });
      }
      if (choice.logprobs?.refusal != null && choiceSnapshot.message?.role === "assistant") {
        this._emit("logprobs.refusal.delta", {
          refusal: choice.logprobs?.refusal,
          snapshot: choiceSnapshot.logprobs?.refusal ?? []
        });
      }
      const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
      if (choiceSnapshot.finish_reason) {
        __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitContentDoneEvents).call(this, choiceSnapshot);
        if (state.current_tool_call_index != null) {
          __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitToolCallDoneEvent).call(this, choiceSnapshot, state.current_tool_call_index);
        }
      }
      for (const toolCall of choice.delta.tool_calls ?? []) {
        if (state.current_tool_call_index !== toolCall.index) {
          __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitContentDoneEvents).call(this, choiceSnapshot);
          if (state.current_tool_call_index != null) {
            __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_emitToolCallDoneEvent).call(this, choiceSnapshot, state.current_tool_call_index);
          }
        }
        state.current_tool_call_index = toolCall.index;
      }
      for (const toolCallDelta of choice.delta.tool_calls ?? []) {
        const toolCallSnapshot = choiceSnapshot.message.tool_calls?.[toolCallDelta.index];
        if (!toolCallSnapshot?.type) {
          continue;
        }
        if (toolCallSnapshot?.type === "function") {
          this._emit("tool_calls.function.arguments.delta", {
            name: toolCallSnapshot.function?.name,
            index: toolCallDelta.index,
            arguments: toolCallSnapshot.function.arguments,
            parsed_arguments: toolCallSnapshot.function.parsed_arguments,
            arguments_delta: toolCallDelta.function?.arguments ?? ""
          });
        } else {
          assertNever(toolCallSnapshot?.type);
        }
      }
    }
  }, _ChatCompletionStream_emitToolCallDoneEvent = function _ChatCompletionStream_emitToolCallDoneEvent2(choiceSnapshot, toolCallIndex) {
    const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
    if (state.done_tool_calls.has(toolCallIndex)) {
      return;
    }
    const toolCallSnapshot = choiceSnapshot.message.tool_calls?.[toolCallIndex];
    if (!toolCallSnapshot) {
      throw new Error("no tool call snapshot");
    }
    if (!toolCallSnapshot.type) {
      throw new Error("tool call snapshot missing `type`");
    }
    if (toolCallSnapshot.type === "function") {
      const inputTool = __classPrivateFieldGet(this, _ChatCompletionStream_params, "f")?.tools?.find((tool) => isChatCompletionFunctionTool(tool) && tool.function.name === toolCallSnapshot.function.name);
      this._emit("tool_calls.function.arguments.done", {
        name: toolCallSnapshot.function.name,
        index: toolCallIndex,
        arguments: toolCallSnapshot.function.arguments,
        parsed_arguments: isAutoParsableTool(inputTool) ? inputTool.$parseRaw(toolCallSnapshot.function.arguments) : inputTool?.function.strict ? JSON.parse(toolCallSnapshot.function.arguments) : null
      });
    } else {
      assertNever(toolCallSnapshot.type);
    }
  }, _ChatCompletionStream_emitContentDoneEvents = function _ChatCompletionStream_emitContentDoneEvents2(choiceSnapshot) {
    const state = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getChoiceEventState).call(this, choiceSnapshot);
    if (choiceSnapshot.message.content && !state.content_done) {
      state.content_done = true;
      const responseFormat = __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getAutoParseableResponseFormat).call(this);
      this._emit("content.done", {
        content: choiceSnapshot.message.content,
        parsed: responseFormat ? responseFormat.$parseRaw(choiceSnapshot.message.content) : null
      });
    }
    if (choiceSnapshot.message.refusal && !state.refusal_done) {
      state.refusal_done = true;
      this._emit("refusal.done", { refusal: choiceSnapshot.message.refusal });
    }
    if (choiceSnapshot.logprobs?.content && !state.logprobs_content_done) {
      state.logprobs_content_done = true;
      this._emit("logprobs.content.done", { content: choiceSnapshot.logprobs.content });
    }
    if (choiceSnapshot.logprobs?.refusal && !state.logprobs_refusal_done) {
      state.logprobs_refusal_done = true;
      this._emit("logprobs.refusal.done", { refusal: choiceSnapshot.logprobs.refusal });
    }
  }, _ChatCompletionStream_endRequest = function _ChatCompletionStream_endRequest2() {
    if (this.ended) {
      throw new OpenAIError(`stream has ended, this shouldn't happen`);
    }
    const snapshot = __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
    if (!snapshot) {
      throw new OpenAIError(`request ended without sending any chunks`);
    }
    __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, void 0, "f");
    __classPrivateFieldSet(this, _ChatCompletionStream_choiceEventStates, [], "f");
    return finalizeChatCompletion(snapshot, __classPrivateFieldGet(this, _ChatCompletionStream_params, "f"));
  }, _ChatCompletionStream_getAutoParseableResponseFormat = function _ChatCompletionStream_getAutoParseableResponseFormat2() {
    const responseFormat = __classPrivateFieldGet(this, _ChatCompletionStream_params, "f")?.response_format;
    if (isAutoParsableResponseFormat(responseFormat)) {
      return responseFormat;
    }
    return null;
  }, _ChatCompletionStream_accumulateChatCompletion = function _ChatCompletionStream_accumulateChatCompletion2(chunk) {
    var _a3, _b, _c, _d;
    let snapshot = __classPrivateFieldGet(this, _ChatCompletionStream_currentChatCompletionSnapshot, "f");
    const { choices, ...rest } = chunk;
    if (!snapshot) {
      snapshot = __classPrivateFieldSet(this, _ChatCompletionStream_currentChatCompletionSnapshot, {
        ...rest,
        choices: []
      }, "f");
    } else {
      Object.assign(snapshot, rest);
    }
    for (const { delta, finish_reason, index, logprobs = null, ...other } of chunk.choices) {
      let choice = snapshot.choices[index];
      if (!choice) {
        choice = snapshot.choices[index] = { finish_reason, index, message: {}, logprobs, ...other };
      }
      if (logprobs) {
        if (!choice.logprobs) {
          choice.logprobs = Object.assign({}, logprobs);
        } else {
          const { content: content3, refusal: refusal2, ...rest3 } = logprobs;
          assertIsEmpty(rest3);
          Object.assign(choice.logprobs, rest3);
          if (content3) {
            (_a3 = choice.logprobs).content ?? (_a3.content = []);
            choice.logprobs.content.push(...content3);
          }
          if (refusal2) {
            (_b = choice.logprobs).refusal ?? (_b.refusal = []);
            choice.logprobs.refusal.push(...refusal2);
          }
        }
      }
      if (finish_reason) {
        choice.finish_reason = finish_reason;
        if (__classPrivateFieldGet(this, _ChatCompletionStream_params, "f") && hasAutoParseableInput(__classPrivateFieldGet(this, _ChatCompletionStream_params, "f"))) {
          if (finish_reason === "length") {
            throw new LengthFinishReasonError();
          }
          if (finish_reason === "content_filter") {
            throw new ContentFilterFinishReasonError();
          }
        }
      }
      Object.assign(choice, other);
      if (!delta)
        continue;
      const { content: content2, refusal, function_call, role, tool_calls, ...rest2 } = delta;
      assertIsEmpty(rest2);
      Object.assign(choice.message, rest2);
      if (refusal) {
        choice.message.refusal = (choice.message.refusal || "") + refusal;
      }
      if (role)
        choice.message.role = role;
      if (function_call) {
        if (!choice.message.function_call) {
          choice.message.function_call = function_call;
        } else {
          if (function_call.name)
            choice.message.function_call.name = function_call.name;
          if (function_call.arguments) {
            (_c = choice.message.function_call).arguments ?? (_c.arguments = "");
            choice.message.function_call.arguments += function_call.arguments;
          }
        }
      }
      if (content2) {
        choice.message.content = (choice.message.content || "") + content2;
        if (!choice.message.refusal && __classPrivateFieldGet(this, _ChatCompletionStream_instances, "m", _ChatCompletionStream_getAutoParseableResponseFormat).call(this)) {
          choice.message.parsed = partialParse(choice.message.content);
        }
      }
      if (tool_calls) {
        if (!choice.message.tool_calls)
          choice.message.tool_calls = [];
        for (const { index: index2, id, type, function: fn, ...rest3 } of tool_calls) {
          const tool_call = (_d = choice.message.tool_calls)[index2] ?? (_d[index2] = {});
          Object.assign(tool_call, rest3);
          if (id)
            tool_call.id = id;
          if (type)
            tool_call.type = type;
          if (fn)
            tool_call.function ?? (tool_call.function = { name: fn.name ?? "", arguments: "" });
          if (fn?.name)
            tool_call.function.name = fn.name;
          if (fn?.arguments) {
            tool_call.function.arguments += fn.arguments;
            if (shouldParseToolCall(__classPrivateFieldGet(this, _ChatCompletionStream_params, "f"), tool_call)) {
              tool_call.function.parsed_arguments = partialParse(tool_call.function.arguments);
            }
          }
        }
      }
    }
    return snapshot;
  }, Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("chunk", (chunk) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(chunk);
      } else {
        pushQueue.push(chunk);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve6, reject) => readQueue.push({ resolve: resolve6, reject })).then((chunk2) => chunk2 ? { value: chunk2, done: false } : { value: void 0, done: true });
        }
        const chunk = pushQueue.shift();
        return { value: chunk, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  toReadableStream() {
    const stream = new Stream(this[Symbol.asyncIterator].bind(this), this.controller);
    return stream.toReadableStream();
  }
};
function finalizeChatCompletion(snapshot, params) {
  const { id, choices, created, model, system_fingerprint, ...rest } = snapshot;
  const completion = {
    ...rest,
    id,
    choices: choices.map(({ message, finish_reason, index, logprobs, ...choiceRest }) => {
      if (!finish_reason) {
        throw new OpenAIError(`missing finish_reason for choice ${index}`);
      }
      const { content: content2 = null, function_call, tool_calls, ...messageRest } = message;
      const role = message.role;
      if (!role) {
        throw new OpenAIError(`missing role for choice ${index}`);
      }
      if (function_call) {
        const { arguments: args, name } = function_call;
        if (args == null) {
          throw new OpenAIError(`missing function_call.arguments for choice ${index}`);
        }
        if (!name) {
          throw new OpenAIError(`missing function_call.name for choice ${index}`);
        }
        return {
          ...choiceRest,
          message: {
            content: content2,
            function_call: { arguments: args, name },
            role,
            refusal: message.refusal ?? null
          },
          finish_reason,
          index,
          logprobs
        };
      }
      if (tool_calls) {
        return {
          ...choiceRest,
          index,
          finish_reason,
          logprobs,
          message: {
            ...messageRest,
            role,
            content: content2,
            refusal: message.refusal ?? null,
            tool_calls: tool_calls.map((tool_call, i) => {
              const { function: fn, type, id: id2, ...toolRest } = tool_call;
              const { arguments: args, name, ...fnRest } = fn || {};
              if (id2 == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].id
${str(snapshot)}`);
              }
              if (type == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].type
${str(snapshot)}`);
              }
              if (name == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].function.name
${str(snapshot)}`);
              }
              if (args == null) {
                throw new OpenAIError(`missing choices[${index}].tool_calls[${i}].function.arguments
${str(snapshot)}`);
              }
              return { ...toolRest, id: id2, type, function: { ...fnRest, name, arguments: args } };
            })
          }
        };
      }
      return {
        ...choiceRest,
        message: { ...messageRest, content: content2, role, refusal: message.refusal ?? null },
        finish_reason,
        index,
        logprobs
      };
    }),
    created,
    model,
    object: "chat.completion",
    ...system_fingerprint ? { system_fingerprint } : {}
  };
  return maybeParseChatCompletion(completion, params);
}
function str(x) {
  return JSON.stringify(x);
}
function assertIsEmpty(obj) {
  return;
}
function assertNever(_x) {
}

// node_modules/openai/lib/ChatCompletionStreamingRunner.mjs
var ChatCompletionStreamingRunner = class _ChatCompletionStreamingRunner extends ChatCompletionStream {
  static fromReadableStream(stream) {
    const runner = new _ChatCompletionStreamingRunner(null);
    runner._run(() => runner._fromReadableStream(stream));
    return runner;
  }
  static runTools(client, params, options) {
    const runner = new _ChatCompletionStreamingRunner(
      // @ts-expect-error TODO these types are incompatible
      params
    );
    const opts = {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "runTools" }
    };
    runner._run(() => runner._runTools(client, params, opts));
    return runner;
  }
};

// node_modules/openai/resources/chat/completions/completions.mjs
var Completions = class extends APIResource {
  constructor() {
    super(...arguments);
    this.messages = new Messages(this._client);
  }
  create(body, options) {
    return this._client.post("/chat/completions", { body, ...options, stream: body.stream ?? false });
  }
  /**
   * Get a stored chat completion. Only Chat Completions that have been created with
   * the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * const chatCompletion =
   *   await client.chat.completions.retrieve('completion_id');
   * ```
   */
  retrieve(completionID, options) {
    return this._client.get(path`/chat/completions/${completionID}`, options);
  }
  /**
   * Modify a stored chat completion. Only Chat Completions that have been created
   * with the `store` parameter set to `true` can be modified. Currently, the only
   * supported modification is to update the `metadata` field.
   *
   * @example
   * ```ts
   * const chatCompletion = await client.chat.completions.update(
   *   'completion_id',
   *   { metadata: { foo: 'string' } },
   * );
   * ```
   */
  update(completionID, body, options) {
    return this._client.post(path`/chat/completions/${completionID}`, { body, ...options });
  }
  /**
   * List stored Chat Completions. Only Chat Completions that have been stored with
   * the `store` parameter set to `true` will be returned.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatCompletion of client.chat.completions.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/chat/completions", CursorPage, { query, ...options });
  }
  /**
   * Delete a stored chat completion. Only Chat Completions that have been created
   * with the `store` parameter set to `true` can be deleted.
   *
   * @example
   * ```ts
   * const chatCompletionDeleted =
   *   await client.chat.completions.delete('completion_id');
   * ```
   */
  delete(completionID, options) {
    return this._client.delete(path`/chat/completions/${completionID}`, options);
  }
  parse(body, options) {
    validateInputTools(body.tools);
    return this._client.chat.completions.create(body, {
      ...options,
      headers: {
        ...options?.headers,
        "X-Stainless-Helper-Method": "chat.completions.parse"
      }
    })._thenUnwrap((completion) => parseChatCompletion(completion, body));
  }
  runTools(body, options) {
    if (body.stream) {
      return ChatCompletionStreamingRunner.runTools(this._client, body, options);
    }
    return ChatCompletionRunner.runTools(this._client, body, options);
  }
  /**
   * Creates a chat completion stream
   */
  stream(body, options) {
    return ChatCompletionStream.createChatCompletion(this._client, body, options);
  }
};
Completions.Messages = Messages;

// node_modules/openai/resources/chat/chat.mjs
var Chat = class extends APIResource {
  constructor() {
    super(...arguments);
    this.completions = new Completions(this._client);
  }
};
Chat.Completions = Completions;

// node_modules/openai/internal/headers.mjs
var brand_privateNullableHeaders = /* @__PURE__ */ Symbol("brand.privateNullableHeaders");
function* iterateHeaders(headers) {
  if (!headers)
    return;
  if (brand_privateNullableHeaders in headers) {
    const { values, nulls } = headers;
    yield* values.entries();
    for (const name of nulls) {
      yield [name, null];
    }
    return;
  }
  let shouldClear = false;
  let iter;
  if (headers instanceof Headers) {
    iter = headers.entries();
  } else if (isReadonlyArray(headers)) {
    iter = headers;
  } else {
    shouldClear = true;
    iter = Object.entries(headers ?? {});
  }
  for (let row of iter) {
    const name = row[0];
    if (typeof name !== "string")
      throw new TypeError("expected header name to be a string");
    const values = isReadonlyArray(row[1]) ? row[1] : [row[1]];
    let didClear = false;
    for (const value of values) {
      if (value === void 0)
        continue;
      if (shouldClear && !didClear) {
        didClear = true;
        yield [name, null];
      }
      yield [name, value];
    }
  }
}
var buildHeaders = (newHeaders) => {
  const targetHeaders = new Headers();
  const nullHeaders = /* @__PURE__ */ new Set();
  for (const headers of newHeaders) {
    const seenHeaders = /* @__PURE__ */ new Set();
    for (const [name, value] of iterateHeaders(headers)) {
      const lowerName = name.toLowerCase();
      if (!seenHeaders.has(lowerName)) {
        targetHeaders.delete(name);
        seenHeaders.add(lowerName);
      }
      if (value === null) {
        targetHeaders.delete(name);
        nullHeaders.add(lowerName);
      } else {
        targetHeaders.append(name, value);
        nullHeaders.delete(lowerName);
      }
    }
  }
  return { [brand_privateNullableHeaders]: true, values: targetHeaders, nulls: nullHeaders };
};

// node_modules/openai/resources/audio/speech.mjs
var Speech = class extends APIResource {
  /**
   * Generates audio from the input text.
   *
   * Returns the audio file content, or a stream of audio events.
   *
   * @example
   * ```ts
   * const speech = await client.audio.speech.create({
   *   input: 'input',
   *   model: 'string',
   *   voice: 'string',
   * });
   *
   * const content = await speech.blob();
   * console.log(content);
   * ```
   */
  create(body, options) {
    return this._client.post("/audio/speech", {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "application/octet-stream" }, options?.headers]),
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/audio/transcriptions.mjs
var Transcriptions = class extends APIResource {
  create(body, options) {
    return this._client.post("/audio/transcriptions", multipartFormRequestOptions({
      body,
      ...options,
      stream: body.stream ?? false,
      __metadata: { model: body.model }
    }, this._client));
  }
};

// node_modules/openai/resources/audio/translations.mjs
var Translations = class extends APIResource {
  create(body, options) {
    return this._client.post("/audio/translations", multipartFormRequestOptions({ body, ...options, __metadata: { model: body.model } }, this._client));
  }
};

// node_modules/openai/resources/audio/audio.mjs
var Audio = class extends APIResource {
  constructor() {
    super(...arguments);
    this.transcriptions = new Transcriptions(this._client);
    this.translations = new Translations(this._client);
    this.speech = new Speech(this._client);
  }
};
Audio.Transcriptions = Transcriptions;
Audio.Translations = Translations;
Audio.Speech = Speech;

// node_modules/openai/resources/batches.mjs
var Batches = class extends APIResource {
  /**
   * Creates and executes a batch from an uploaded file of requests
   */
  create(body, options) {
    return this._client.post("/batches", { body, ...options });
  }
  /**
   * Retrieves a batch.
   */
  retrieve(batchID, options) {
    return this._client.get(path`/batches/${batchID}`, options);
  }
  /**
   * List your organization's batches.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/batches", CursorPage, { query, ...options });
  }
  /**
   * Cancels an in-progress batch. The batch will be in status `cancelling` for up to
   * 10 minutes, before changing to `cancelled`, where it will have partial results
   * (if any) available in the output file.
   */
  cancel(batchID, options) {
    return this._client.post(path`/batches/${batchID}/cancel`, options);
  }
};

// node_modules/openai/resources/beta/assistants.mjs
var Assistants = class extends APIResource {
  /**
   * Create an assistant with a model and instructions.
   *
   * @deprecated
   */
  create(body, options) {
    return this._client.post("/assistants", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieves an assistant.
   *
   * @deprecated
   */
  retrieve(assistantID, options) {
    return this._client.get(path`/assistants/${assistantID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Modifies an assistant.
   *
   * @deprecated
   */
  update(assistantID, body, options) {
    return this._client.post(path`/assistants/${assistantID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of assistants.
   *
   * @deprecated
   */
  list(query = {}, options) {
    return this._client.getAPIList("/assistants", CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Delete an assistant.
   *
   * @deprecated
   */
  delete(assistantID, options) {
    return this._client.delete(path`/assistants/${assistantID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/beta/realtime/sessions.mjs
var Sessions = class extends APIResource {
  /**
   * Create an ephemeral API token for use in client-side applications with the
   * Realtime API. Can be configured with the same session parameters as the
   * `session.update` client event.
   *
   * It responds with a session object, plus a `client_secret` key which contains a
   * usable ephemeral API token that can be used to authenticate browser clients for
   * the Realtime API.
   *
   * @example
   * ```ts
   * const session =
   *   await client.beta.realtime.sessions.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/beta/realtime/transcription-sessions.mjs
var TranscriptionSessions = class extends APIResource {
  /**
   * Create an ephemeral API token for use in client-side applications with the
   * Realtime API specifically for realtime transcriptions. Can be configured with
   * the same session parameters as the `transcription_session.update` client event.
   *
   * It responds with a session object, plus a `client_secret` key which contains a
   * usable ephemeral API token that can be used to authenticate browser clients for
   * the Realtime API.
   *
   * @example
   * ```ts
   * const transcriptionSession =
   *   await client.beta.realtime.transcriptionSessions.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/transcription_sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/beta/realtime/realtime.mjs
var Realtime = class extends APIResource {
  constructor() {
    super(...arguments);
    this.sessions = new Sessions(this._client);
    this.transcriptionSessions = new TranscriptionSessions(this._client);
  }
};
Realtime.Sessions = Sessions;
Realtime.TranscriptionSessions = TranscriptionSessions;

// node_modules/openai/resources/beta/chatkit/sessions.mjs
var Sessions2 = class extends APIResource {
  /**
   * Create a ChatKit session.
   *
   * @example
   * ```ts
   * const chatSession =
   *   await client.beta.chatkit.sessions.create({
   *     user: 'x',
   *     workflow: { id: 'id' },
   *   });
   * ```
   */
  create(body, options) {
    return this._client.post("/chatkit/sessions", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers])
    });
  }
  /**
   * Cancel an active ChatKit session and return its most recent metadata.
   *
   * Cancelling prevents new requests from using the issued client secret.
   *
   * @example
   * ```ts
   * const chatSession =
   *   await client.beta.chatkit.sessions.cancel('cksess_123');
   * ```
   */
  cancel(sessionID, options) {
    return this._client.post(path`/chatkit/sessions/${sessionID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/beta/chatkit/threads.mjs
var Threads = class extends APIResource {
  /**
   * Retrieve a ChatKit thread by its identifier.
   *
   * @example
   * ```ts
   * const chatkitThread =
   *   await client.beta.chatkit.threads.retrieve('cthr_123');
   * ```
   */
  retrieve(threadID, options) {
    return this._client.get(path`/chatkit/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers])
    });
  }
  /**
   * List ChatKit threads with optional pagination and user filters.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const chatkitThread of client.beta.chatkit.threads.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/chatkit/threads", ConversationCursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers])
    });
  }
  /**
   * Delete a ChatKit thread along with its items and stored attachments.
   *
   * @example
   * ```ts
   * const thread = await client.beta.chatkit.threads.delete(
   *   'cthr_123',
   * );
   * ```
   */
  delete(threadID, options) {
    return this._client.delete(path`/chatkit/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers])
    });
  }
  /**
   * List items that belong to a ChatKit thread.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const thread of client.beta.chatkit.threads.listItems(
   *   'cthr_123',
   * )) {
   *   // ...
   * }
   * ```
   */
  listItems(threadID, query = {}, options) {
    return this._client.getAPIList(path`/chatkit/threads/${threadID}/items`, ConversationCursorPage, { query, ...options, headers: buildHeaders([{ "OpenAI-Beta": "chatkit_beta=v1" }, options?.headers]) });
  }
};

// node_modules/openai/resources/beta/chatkit/chatkit.mjs
var ChatKit = class extends APIResource {
  constructor() {
    super(...arguments);
    this.sessions = new Sessions2(this._client);
    this.threads = new Threads(this._client);
  }
};
ChatKit.Sessions = Sessions2;
ChatKit.Threads = Threads;

// node_modules/openai/resources/beta/threads/messages.mjs
var Messages2 = class extends APIResource {
  /**
   * Create a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  create(threadID, body, options) {
    return this._client.post(path`/threads/${threadID}/messages`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieve a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(messageID, params, options) {
    const { thread_id } = params;
    return this._client.get(path`/threads/${thread_id}/messages/${messageID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Modifies a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(messageID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/messages/${messageID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of messages for a given thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(threadID, query = {}, options) {
    return this._client.getAPIList(path`/threads/${threadID}/messages`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Deletes a message.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  delete(messageID, params, options) {
    const { thread_id } = params;
    return this._client.delete(path`/threads/${thread_id}/messages/${messageID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/beta/threads/runs/steps.mjs
var Steps = class extends APIResource {
  /**
   * Retrieves a run step.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(stepID, params, options) {
    const { thread_id, run_id, ...query } = params;
    return this._client.get(path`/threads/${thread_id}/runs/${run_id}/steps/${stepID}`, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of run steps belonging to a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(runID, params, options) {
    const { thread_id, ...query } = params;
    return this._client.getAPIList(path`/threads/${thread_id}/runs/${runID}/steps`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};

// node_modules/openai/internal/utils/base64.mjs
var toFloat32Array = (base64Str) => {
  if (typeof Buffer !== "undefined") {
    const buf = Buffer.from(base64Str, "base64");
    return Array.from(new Float32Array(buf.buffer, buf.byteOffset, buf.length / Float32Array.BYTES_PER_ELEMENT));
  } else {
    const binaryStr = atob(base64Str);
    const len = binaryStr.length;
    const bytes = new Uint8Array(len);
    for (let i = 0; i < len; i++) {
      bytes[i] = binaryStr.charCodeAt(i);
    }
    return Array.from(new Float32Array(bytes.buffer));
  }
};

// node_modules/openai/internal/utils/env.mjs
var readEnv = (env) => {
  if (typeof globalThis.process !== "undefined") {
    return globalThis.process.env?.[env]?.trim() ?? void 0;
  }
  if (typeof globalThis.Deno !== "undefined") {
    return globalThis.Deno.env?.get?.(env)?.trim();
  }
  return void 0;
};

// node_modules/openai/lib/AssistantStream.mjs
var _AssistantStream_instances;
var _a;
var _AssistantStream_events;
var _AssistantStream_runStepSnapshots;
var _AssistantStream_messageSnapshots;
var _AssistantStream_messageSnapshot;
var _AssistantStream_finalRun;
var _AssistantStream_currentContentIndex;
var _AssistantStream_currentContent;
var _AssistantStream_currentToolCallIndex;
var _AssistantStream_currentToolCall;
var _AssistantStream_currentEvent;
var _AssistantStream_currentRunSnapshot;
var _AssistantStream_currentRunStepSnapshot;
var _AssistantStream_addEvent;
var _AssistantStream_endRequest;
var _AssistantStream_handleMessage;
var _AssistantStream_handleRunStep;
var _AssistantStream_handleEvent;
var _AssistantStream_accumulateRunStep;
var _AssistantStream_accumulateMessage;
var _AssistantStream_accumulateContent;
var _AssistantStream_handleRun;
var AssistantStream = class extends EventStream {
  constructor() {
    super(...arguments);
    _AssistantStream_instances.add(this);
    _AssistantStream_events.set(this, []);
    _AssistantStream_runStepSnapshots.set(this, {});
    _AssistantStream_messageSnapshots.set(this, {});
    _AssistantStream_messageSnapshot.set(this, void 0);
    _AssistantStream_finalRun.set(this, void 0);
    _AssistantStream_currentContentIndex.set(this, void 0);
    _AssistantStream_currentContent.set(this, void 0);
    _AssistantStream_currentToolCallIndex.set(this, void 0);
    _AssistantStream_currentToolCall.set(this, void 0);
    _AssistantStream_currentEvent.set(this, void 0);
    _AssistantStream_currentRunSnapshot.set(this, void 0);
    _AssistantStream_currentRunStepSnapshot.set(this, void 0);
  }
  [(_AssistantStream_events = /* @__PURE__ */ new WeakMap(), _AssistantStream_runStepSnapshots = /* @__PURE__ */ new WeakMap(), _AssistantStream_messageSnapshots = /* @__PURE__ */ new WeakMap(), _AssistantStream_messageSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_finalRun = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentContentIndex = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentContent = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentToolCallIndex = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentToolCall = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentEvent = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentRunSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_currentRunStepSnapshot = /* @__PURE__ */ new WeakMap(), _AssistantStream_instances = /* @__PURE__ */ new WeakSet(), Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("event", (event) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(event);
      } else {
        pushQueue.push(event);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve6, reject) => readQueue.push({ resolve: resolve6, reject })).then((chunk2) => chunk2 ? { value: chunk2, done: false } : { value: void 0, done: true });
        }
        const chunk = pushQueue.shift();
        return { value: chunk, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  static fromReadableStream(stream) {
    const runner = new _a();
    runner._run(() => runner._fromReadableStream(stream));
    return runner;
  }
  async _fromReadableStream(readableStream, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    this._connected();
    const stream = Stream.fromReadableStream(readableStream, this.controller);
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  toReadableStream() {
    const stream = new Stream(this[Symbol.asyncIterator].bind(this), this.controller);
    return stream.toReadableStream();
  }
  static createToolAssistantStream(runId, runs, params, options) {
    const runner = new _a();
    runner._run(() => runner._runToolAssistantStream(runId, runs, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner;
  }
  async _createToolAssistantStream(run2, runId, params, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    const body = { ...params, stream: true };
    const stream = await run2.submitToolOutputs(runId, body, {
      ...options,
      signal: this.controller.signal
    });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  static createThreadAssistantStream(params, thread, options) {
    const runner = new _a();
    runner._run(() => runner._threadAssistantStream(params, thread, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner;
  }
  static createAssistantStream(threadId, runs, params, options) {
    const runner = new _a();
    runner._run(() => runner._runAssistantStream(threadId, runs, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner;
  }
  currentEvent() {
    return __classPrivateFieldGet(this, _AssistantStream_currentEvent, "f");
  }
  currentRun() {
    return __classPrivateFieldGet(this, _AssistantStream_currentRunSnapshot, "f");
  }
  currentMessageSnapshot() {
    return __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f");
  }
  currentRunStepSnapshot() {
    return __classPrivateFieldGet(this, _AssistantStream_currentRunStepSnapshot, "f");
  }
  async finalRunSteps() {
    await this.done();
    return Object.values(__classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f"));
  }
  async finalMessages() {
    await this.done();
    return Object.values(__classPrivateFieldGet(this, _AssistantStream_messageSnapshots, "f"));
  }
  async finalRun() {
    await this.done();
    if (!__classPrivateFieldGet(this, _AssistantStream_finalRun, "f"))
      throw Error("Final run was not received.");
    return __classPrivateFieldGet(this, _AssistantStream_finalRun, "f");
  }
  async _createThreadAssistantStream(thread, params, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    const body = { ...params, stream: true };
    const stream = await thread.createAndRun(body, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  async _createAssistantStream(run2, threadId, params, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    const body = { ...params, stream: true };
    const stream = await run2.create(threadId, body, { ...options, signal: this.controller.signal });
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_addEvent).call(this, event);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return this._addRun(__classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_endRequest).call(this));
  }
  static accumulateDelta(acc, delta) {
    for (const [key, deltaValue] of Object.entries(delta)) {
      if (!acc.hasOwnProperty(key)) {
        acc[key] = deltaValue;
        continue;
      }
      let accValue = acc[key];
      if (accValue === null || accValue === void 0) {
        acc[key] = deltaValue;
        continue;
      }
      if (key === "index" || key === "type") {
        acc[key] = deltaValue;
        continue;
      }
      if (typeof accValue === "string" && typeof deltaValue === "string") {
        accValue += deltaValue;
      } else if (typeof accValue === "number" && typeof deltaValue === "number") {
        accValue += deltaValue;
      } else if (isObj(accValue) && isObj(deltaValue)) {
        accValue = this.accumulateDelta(accValue, deltaValue);
      } else if (Array.isArray(accValue) && Array.isArray(deltaValue)) {
        if (accValue.every((x) => typeof x === "string" || typeof x === "number")) {
          accValue.push(...deltaValue);
          continue;
        }
        for (const deltaEntry of deltaValue) {
          if (!isObj(deltaEntry)) {
            throw new Error(`Expected array delta entry to be an object but got: ${deltaEntry}`);
          }
          const index = deltaEntry["index"];
          if (index == null) {
            console.error(deltaEntry);
            throw new Error("Expected array delta entry to have an `index` property");
          }
          if (typeof index !== "number") {
            throw new Error(`Expected array delta entry \`index\` property to be a number but got ${index}`);
          }
          const accEntry = accValue[index];
          if (accEntry == null) {
            accValue.push(deltaEntry);
          } else {
            accValue[index] = this.accumulateDelta(accEntry, deltaEntry);
          }
        }
        continue;
      } else {
        throw Error(`Unhandled record type: ${key}, deltaValue: ${deltaValue}, accValue: ${accValue}`);
      }
      acc[key] = accValue;
    }
    return acc;
  }
  _addRun(run2) {
    return run2;
  }
  async _threadAssistantStream(params, thread, options) {
    return await this._createThreadAssistantStream(thread, params, options);
  }
  async _runAssistantStream(threadId, runs, params, options) {
    return await this._createAssistantStream(runs, threadId, params, options);
  }
  async _runToolAssistantStream(runId, runs, params, options) {
    return await this._createToolAssistantStream(runs, runId, params, options);
  }
};
_a = AssistantStream, _AssistantStream_addEvent = function _AssistantStream_addEvent2(event) {
  if (this.ended)
    return;
  __classPrivateFieldSet(this, _AssistantStream_currentEvent, event, "f");
  __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleEvent).call(this, event);
  switch (event.event) {
    case "thread.created":
      break;
    case "thread.run.created":
    case "thread.run.queued":
    case "thread.run.in_progress":
    case "thread.run.requires_action":
    case "thread.run.completed":
    case "thread.run.incomplete":
    case "thread.run.failed":
    case "thread.run.cancelling":
    case "thread.run.cancelled":
    case "thread.run.expired":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleRun).call(this, event);
      break;
    case "thread.run.step.created":
    case "thread.run.step.in_progress":
    case "thread.run.step.delta":
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleRunStep).call(this, event);
      break;
    case "thread.message.created":
    case "thread.message.in_progress":
    case "thread.message.delta":
    case "thread.message.completed":
    case "thread.message.incomplete":
      __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_handleMessage).call(this, event);
      break;
    case "error":
      throw new Error("Encountered an error event in event processing - errors should be processed earlier");
    default:
      assertNever2(event);
  }
}, _AssistantStream_endRequest = function _AssistantStream_endRequest2() {
  if (this.ended) {
    throw new OpenAIError(`stream has ended, this shouldn't happen`);
  }
  if (!__classPrivateFieldGet(this, _AssistantStream_finalRun, "f"))
    throw Error("Final run has not been received");
  return __classPrivateFieldGet(this, _AssistantStream_finalRun, "f");
}, _AssistantStream_handleMessage = function _AssistantStream_handleMessage2(event) {
  const [accumulatedMessage, newContent] = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateMessage).call(this, event, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
  __classPrivateFieldSet(this, _AssistantStream_messageSnapshot, accumulatedMessage, "f");
  __classPrivateFieldGet(this, _AssistantStream_messageSnapshots, "f")[accumulatedMessage.id] = accumulatedMessage;
  for (const content2 of newContent) {
    const snapshotContent = accumulatedMessage.content[content2.index];
    if (snapshotContent?.type == "text") {
      this._emit("textCreated", snapshotContent.text);
    }
  }
  switch (event.event) {
    case "thread.message.created":
      this._emit("messageCreated", event.data);
      break;
    case "thread.message.in_progress":
      break;
    case "thread.message.delta":
      this._emit("messageDelta", event.data.delta, accumulatedMessage);
      if (event.data.delta.content) {
        for (const content2 of event.data.delta.content) {
          if (content2.type == "text" && content2.text) {
            let textDelta = content2.text;
            let snapshot = accumulatedMessage.content[content2.index];
            if (snapshot && snapshot.type == "text") {
              this._emit("textDelta", textDelta, snapshot.text);
            } else {
              throw Error("The snapshot associated with this text delta is not text or missing");
            }
          }
          if (content2.index != __classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f")) {
            if (__classPrivateFieldGet(this, _AssistantStream_currentContent, "f")) {
              switch (__classPrivateFieldGet(this, _AssistantStream_currentContent, "f").type) {
                case "text":
                  this._emit("textDone", __classPrivateFieldGet(this, _AssistantStream_currentContent, "f").text, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
                  break;
                case "image_file":
                  this._emit("imageFileDone", __classPrivateFieldGet(this, _AssistantStream_currentContent, "f").image_file, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
                  break;
              }
            }
            __classPrivateFieldSet(this, _AssistantStream_currentContentIndex, content2.index, "f");
          }
          __classPrivateFieldSet(this, _AssistantStream_currentContent, accumulatedMessage.content[content2.index], "f");
        }
      }
      break;
    case "thread.message.completed":
    case "thread.message.incomplete":
      if (__classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f") !== void 0) {
        const currentContent = event.data.content[__classPrivateFieldGet(this, _AssistantStream_currentContentIndex, "f")];
        if (currentContent) {
          switch (currentContent.type) {
            case "image_file":
              this._emit("imageFileDone", currentContent.image_file, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
              break;
            case "text":
              this._emit("textDone", currentContent.text, __classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f"));
              break;
          }
        }
      }
      if (__classPrivateFieldGet(this, _AssistantStream_messageSnapshot, "f")) {
        this._emit("messageDone", event.data);
      }
      __classPrivateFieldSet(this, _AssistantStream_messageSnapshot, void 0, "f");
  }
}, _AssistantStream_handleRunStep = function _AssistantStream_handleRunStep2(event) {
  const accumulatedRunStep = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateRunStep).call(this, event);
  __classPrivateFieldSet(this, _AssistantStream_currentRunStepSnapshot, accumulatedRunStep, "f");
  switch (event.event) {
    case "thread.run.step.created":
      this._emit("runStepCreated", event.data);
      break;
    case "thread.run.step.delta":
      const delta = event.data.delta;
      if (delta.step_details && delta.step_details.type == "tool_calls" && delta.step_details.tool_calls && accumulatedRunStep.step_details.type == "tool_calls") {
        for (const toolCall of delta.step_details.tool_calls) {
          if (toolCall.index == __classPrivateFieldGet(this, _AssistantStream_currentToolCallIndex, "f")) {
            this._emit("toolCallDelta", toolCall, accumulatedRunStep.step_details.tool_calls[toolCall.index]);
          } else {
            if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
              this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
            }
            __classPrivateFieldSet(this, _AssistantStream_currentToolCallIndex, toolCall.index, "f");
            __classPrivateFieldSet(this, _AssistantStream_currentToolCall, accumulatedRunStep.step_details.tool_calls[toolCall.index], "f");
            if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"))
              this._emit("toolCallCreated", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
          }
        }
      }
      this._emit("runStepDelta", event.data.delta, accumulatedRunStep);
      break;
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
      __classPrivateFieldSet(this, _AssistantStream_currentRunStepSnapshot, void 0, "f");
      const details = event.data.step_details;
      if (details.type == "tool_calls") {
        if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
          this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
          __classPrivateFieldSet(this, _AssistantStream_currentToolCall, void 0, "f");
        }
      }
      this._emit("runStepDone", event.data, accumulatedRunStep);
      break;
    case "thread.run.step.in_progress":
      break;
  }
}, _AssistantStream_handleEvent = function _AssistantStream_handleEvent2(event) {
  __classPrivateFieldGet(this, _AssistantStream_events, "f").push(event);
  this._emit("event", event);
}, _AssistantStream_accumulateRunStep = function _AssistantStream_accumulateRunStep2(event) {
  switch (event.event) {
    case "thread.run.step.created":
      __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = event.data;
      return event.data;
    case "thread.run.step.delta":
      let snapshot = __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
      if (!snapshot) {
        throw Error("Received a RunStepDelta before creation of a snapshot");
      }
      let data = event.data;
      if (data.delta) {
        const accumulated = _a.accumulateDelta(snapshot, data.delta);
        __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = accumulated;
      }
      return __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
    case "thread.run.step.completed":
    case "thread.run.step.failed":
    case "thread.run.step.cancelled":
    case "thread.run.step.expired":
    case "thread.run.step.in_progress":
      __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id] = event.data;
      break;
  }
  if (__classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id])
    return __classPrivateFieldGet(this, _AssistantStream_runStepSnapshots, "f")[event.data.id];
  throw new Error("No snapshot available");
}, _AssistantStream_accumulateMessage = function _AssistantStream_accumulateMessage2(event, snapshot) {
  let newContent = [];
  switch (event.event) {
    case "thread.message.created":
      return [event.data, newContent];
    case "thread.message.delta":
      if (!snapshot) {
        throw Error("Received a delta with no existing snapshot (there should be one from message creation)");
      }
      let data = event.data;
      if (data.delta.content) {
        for (const contentElement of data.delta.content) {
          if (contentElement.index in snapshot.content) {
            let currentContent = snapshot.content[contentElement.index];
            snapshot.content[contentElement.index] = __classPrivateFieldGet(this, _AssistantStream_instances, "m", _AssistantStream_accumulateContent).call(this, contentElement, currentContent);
          } else {
            snapshot.content[contentElement.index] = contentElement;
            newContent.push(contentElement);
          }
        }
      }
      return [snapshot, newContent];
    case "thread.message.in_progress":
    case "thread.message.completed":
    case "thread.message.incomplete":
      if (snapshot) {
        return [snapshot, newContent];
      } else {
        throw Error("Received thread message event with no existing snapshot");
      }
  }
  throw Error("Tried to accumulate a non-message event");
}, _AssistantStream_accumulateContent = function _AssistantStream_accumulateContent2(contentElement, currentContent) {
  return _a.accumulateDelta(currentContent, contentElement);
}, _AssistantStream_handleRun = function _AssistantStream_handleRun2(event) {
  __classPrivateFieldSet(this, _AssistantStream_currentRunSnapshot, event.data, "f");
  switch (event.event) {
    case "thread.run.created":
      break;
    case "thread.run.queued":
      break;
    case "thread.run.in_progress":
      break;
    case "thread.run.requires_action":
    case "thread.run.cancelled":
    case "thread.run.failed":
    case "thread.run.completed":
    case "thread.run.expired":
    case "thread.run.incomplete":
      __classPrivateFieldSet(this, _AssistantStream_finalRun, event.data, "f");
      if (__classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f")) {
        this._emit("toolCallDone", __classPrivateFieldGet(this, _AssistantStream_currentToolCall, "f"));
        __classPrivateFieldSet(this, _AssistantStream_currentToolCall, void 0, "f");
      }
      break;
    case "thread.run.cancelling":
      break;
  }
};
function assertNever2(_x) {
}

// node_modules/openai/resources/beta/threads/runs/runs.mjs
var Runs = class extends APIResource {
  constructor() {
    super(...arguments);
    this.steps = new Steps(this._client);
  }
  create(threadID, params, options) {
    const { include, ...body } = params;
    return this._client.post(path`/threads/${threadID}/runs`, {
      query: { include },
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: params.stream ?? false,
      __synthesizeEventData: true
    });
  }
  /**
   * Retrieves a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(runID, params, options) {
    const { thread_id } = params;
    return this._client.get(path`/threads/${thread_id}/runs/${runID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Modifies a run.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(runID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of runs belonging to a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  list(threadID, query = {}, options) {
    return this._client.getAPIList(path`/threads/${threadID}/runs`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Cancels a run that is `in_progress`.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  cancel(runID, params, options) {
    const { thread_id } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * A helper to create a run an poll for a terminal state. More information on Run
   * lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async createAndPoll(threadId, body, options) {
    const run2 = await this.create(threadId, body, options);
    return await this.poll(run2.id, { thread_id: threadId }, options);
  }
  /**
   * Create a Run stream
   *
   * @deprecated use `stream` instead
   */
  createAndStream(threadId, body, options) {
    return AssistantStream.createAssistantStream(threadId, this._client.beta.threads.runs, body, options);
  }
  /**
   * A helper to poll a run status until it reaches a terminal state. More
   * information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async poll(runId, params, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const { data: run2, response } = await this.retrieve(runId, params, {
        ...options,
        headers: { ...options?.headers, ...headers }
      }).withResponse();
      switch (run2.status) {
        //If we are in any sort of intermediate state we poll
        case "queued":
        case "in_progress":
        case "cancelling":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        //We return the run in any terminal state.
        case "requires_action":
        case "incomplete":
        case "cancelled":
        case "completed":
        case "failed":
        case "expired":
          return run2;
      }
    }
  }
  /**
   * Create a Run stream
   */
  stream(threadId, body, options) {
    return AssistantStream.createAssistantStream(threadId, this._client.beta.threads.runs, body, options);
  }
  submitToolOutputs(runID, params, options) {
    const { thread_id, ...body } = params;
    return this._client.post(path`/threads/${thread_id}/runs/${runID}/submit_tool_outputs`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: params.stream ?? false,
      __synthesizeEventData: true
    });
  }
  /**
   * A helper to submit a tool output to a run and poll for a terminal run state.
   * More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async submitToolOutputsAndPoll(runId, params, options) {
    const run2 = await this.submitToolOutputs(runId, params, options);
    return await this.poll(run2.id, params, options);
  }
  /**
   * Submit the tool outputs from a previous run and stream the run to a terminal
   * state. More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  submitToolOutputsStream(runId, params, options) {
    return AssistantStream.createToolAssistantStream(runId, this._client.beta.threads.runs, params, options);
  }
};
Runs.Steps = Steps;

// node_modules/openai/resources/beta/threads/threads.mjs
var Threads2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.runs = new Runs(this._client);
    this.messages = new Messages2(this._client);
  }
  /**
   * Create a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  create(body = {}, options) {
    return this._client.post("/threads", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieves a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  retrieve(threadID, options) {
    return this._client.get(path`/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Modifies a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  update(threadID, body, options) {
    return this._client.post(path`/threads/${threadID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Delete a thread.
   *
   * @deprecated The Assistants API is deprecated in favor of the Responses API
   */
  delete(threadID, options) {
    return this._client.delete(path`/threads/${threadID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  createAndRun(body, options) {
    return this._client.post("/threads/runs", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]),
      stream: body.stream ?? false,
      __synthesizeEventData: true
    });
  }
  /**
   * A helper to create a thread, start a run and then poll for a terminal state.
   * More information on Run lifecycles can be found here:
   * https://platform.openai.com/docs/assistants/how-it-works/runs-and-run-steps
   */
  async createAndRunPoll(body, options) {
    const run2 = await this.createAndRun(body, options);
    return await this.runs.poll(run2.id, { thread_id: run2.thread_id }, options);
  }
  /**
   * Create a thread and stream the run back
   */
  createAndRunStream(body, options) {
    return AssistantStream.createThreadAssistantStream(body, this._client.beta.threads, options);
  }
};
Threads2.Runs = Runs;
Threads2.Messages = Messages2;

// node_modules/openai/resources/beta/beta.mjs
var Beta = class extends APIResource {
  constructor() {
    super(...arguments);
    this.realtime = new Realtime(this._client);
    this.chatkit = new ChatKit(this._client);
    this.assistants = new Assistants(this._client);
    this.threads = new Threads2(this._client);
  }
};
Beta.Realtime = Realtime;
Beta.ChatKit = ChatKit;
Beta.Assistants = Assistants;
Beta.Threads = Threads2;

// node_modules/openai/resources/completions.mjs
var Completions2 = class extends APIResource {
  create(body, options) {
    return this._client.post("/completions", { body, ...options, stream: body.stream ?? false });
  }
};

// node_modules/openai/resources/containers/files/content.mjs
var Content = class extends APIResource {
  /**
   * Retrieve Container File Content
   */
  retrieve(fileID, params, options) {
    const { container_id } = params;
    return this._client.get(path`/containers/${container_id}/files/${fileID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/containers/files/files.mjs
var Files = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content(this._client);
  }
  /**
   * Create a Container File
   *
   * You can send either a multipart/form-data request with the raw file content, or
   * a JSON request with a file ID.
   */
  create(containerID, body, options) {
    return this._client.post(path`/containers/${containerID}/files`, maybeMultipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Retrieve Container File
   */
  retrieve(fileID, params, options) {
    const { container_id } = params;
    return this._client.get(path`/containers/${container_id}/files/${fileID}`, options);
  }
  /**
   * List Container files
   */
  list(containerID, query = {}, options) {
    return this._client.getAPIList(path`/containers/${containerID}/files`, CursorPage, {
      query,
      ...options
    });
  }
  /**
   * Delete Container File
   */
  delete(fileID, params, options) {
    const { container_id } = params;
    return this._client.delete(path`/containers/${container_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
};
Files.Content = Content;

// node_modules/openai/resources/containers/containers.mjs
var Containers = class extends APIResource {
  constructor() {
    super(...arguments);
    this.files = new Files(this._client);
  }
  /**
   * Create Container
   */
  create(body, options) {
    return this._client.post("/containers", { body, ...options });
  }
  /**
   * Retrieve Container
   */
  retrieve(containerID, options) {
    return this._client.get(path`/containers/${containerID}`, options);
  }
  /**
   * List Containers
   */
  list(query = {}, options) {
    return this._client.getAPIList("/containers", CursorPage, { query, ...options });
  }
  /**
   * Delete Container
   */
  delete(containerID, options) {
    return this._client.delete(path`/containers/${containerID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
};
Containers.Files = Files;

// node_modules/openai/resources/conversations/items.mjs
var Items = class extends APIResource {
  /**
   * Create items in a conversation with the given ID.
   */
  create(conversationID, params, options) {
    const { include, ...body } = params;
    return this._client.post(path`/conversations/${conversationID}/items`, {
      query: { include },
      body,
      ...options
    });
  }
  /**
   * Get a single item from a conversation with the given IDs.
   */
  retrieve(itemID, params, options) {
    const { conversation_id, ...query } = params;
    return this._client.get(path`/conversations/${conversation_id}/items/${itemID}`, { query, ...options });
  }
  /**
   * List all items for a conversation with the given ID.
   */
  list(conversationID, query = {}, options) {
    return this._client.getAPIList(path`/conversations/${conversationID}/items`, ConversationCursorPage, { query, ...options });
  }
  /**
   * Delete an item from a conversation with the given IDs.
   */
  delete(itemID, params, options) {
    const { conversation_id } = params;
    return this._client.delete(path`/conversations/${conversation_id}/items/${itemID}`, options);
  }
};

// node_modules/openai/resources/conversations/conversations.mjs
var Conversations = class extends APIResource {
  constructor() {
    super(...arguments);
    this.items = new Items(this._client);
  }
  /**
   * Create a conversation.
   */
  create(body = {}, options) {
    return this._client.post("/conversations", { body, ...options });
  }
  /**
   * Get a conversation
   */
  retrieve(conversationID, options) {
    return this._client.get(path`/conversations/${conversationID}`, options);
  }
  /**
   * Update a conversation
   */
  update(conversationID, body, options) {
    return this._client.post(path`/conversations/${conversationID}`, { body, ...options });
  }
  /**
   * Delete a conversation. Items in the conversation will not be deleted.
   */
  delete(conversationID, options) {
    return this._client.delete(path`/conversations/${conversationID}`, options);
  }
};
Conversations.Items = Items;

// node_modules/openai/resources/embeddings.mjs
var Embeddings = class extends APIResource {
  /**
   * Creates an embedding vector representing the input text.
   *
   * @example
   * ```ts
   * const createEmbeddingResponse =
   *   await client.embeddings.create({
   *     input: 'The quick brown fox jumped over the lazy dog',
   *     model: 'text-embedding-3-small',
   *   });
   * ```
   */
  create(body, options) {
    const hasUserProvidedEncodingFormat = !!body.encoding_format;
    let encoding_format = hasUserProvidedEncodingFormat ? body.encoding_format : "base64";
    if (hasUserProvidedEncodingFormat) {
      loggerFor(this._client).debug("embeddings/user defined encoding_format:", body.encoding_format);
    }
    const response = this._client.post("/embeddings", {
      body: {
        ...body,
        encoding_format
      },
      ...options
    });
    if (hasUserProvidedEncodingFormat) {
      return response;
    }
    loggerFor(this._client).debug("embeddings/decoding base64 embeddings from base64");
    return response._thenUnwrap((response2) => {
      if (response2 && response2.data) {
        response2.data.forEach((embeddingBase64Obj) => {
          const embeddingBase64Str = embeddingBase64Obj.embedding;
          embeddingBase64Obj.embedding = toFloat32Array(embeddingBase64Str);
        });
      }
      return response2;
    });
  }
};

// node_modules/openai/resources/evals/runs/output-items.mjs
var OutputItems = class extends APIResource {
  /**
   * Get an evaluation run output item by ID.
   */
  retrieve(outputItemID, params, options) {
    const { eval_id, run_id } = params;
    return this._client.get(path`/evals/${eval_id}/runs/${run_id}/output_items/${outputItemID}`, options);
  }
  /**
   * Get a list of output items for an evaluation run.
   */
  list(runID, params, options) {
    const { eval_id, ...query } = params;
    return this._client.getAPIList(path`/evals/${eval_id}/runs/${runID}/output_items`, CursorPage, { query, ...options });
  }
};

// node_modules/openai/resources/evals/runs/runs.mjs
var Runs2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.outputItems = new OutputItems(this._client);
  }
  /**
   * Kicks off a new run for a given evaluation, specifying the data source, and what
   * model configuration to use to test. The datasource will be validated against the
   * schema specified in the config of the evaluation.
   */
  create(evalID, body, options) {
    return this._client.post(path`/evals/${evalID}/runs`, { body, ...options });
  }
  /**
   * Get an evaluation run by ID.
   */
  retrieve(runID, params, options) {
    const { eval_id } = params;
    return this._client.get(path`/evals/${eval_id}/runs/${runID}`, options);
  }
  /**
   * Get a list of runs for an evaluation.
   */
  list(evalID, query = {}, options) {
    return this._client.getAPIList(path`/evals/${evalID}/runs`, CursorPage, {
      query,
      ...options
    });
  }
  /**
   * Delete an eval run.
   */
  delete(runID, params, options) {
    const { eval_id } = params;
    return this._client.delete(path`/evals/${eval_id}/runs/${runID}`, options);
  }
  /**
   * Cancel an ongoing evaluation run.
   */
  cancel(runID, params, options) {
    const { eval_id } = params;
    return this._client.post(path`/evals/${eval_id}/runs/${runID}`, options);
  }
};
Runs2.OutputItems = OutputItems;

// node_modules/openai/resources/evals/evals.mjs
var Evals = class extends APIResource {
  constructor() {
    super(...arguments);
    this.runs = new Runs2(this._client);
  }
  /**
   * Create the structure of an evaluation that can be used to test a model's
   * performance. An evaluation is a set of testing criteria and the config for a
   * data source, which dictates the schema of the data used in the evaluation. After
   * creating an evaluation, you can run it on different models and model parameters.
   * We support several types of graders and datasources. For more information, see
   * the [Evals guide](https://platform.openai.com/docs/guides/evals).
   */
  create(body, options) {
    return this._client.post("/evals", { body, ...options });
  }
  /**
   * Get an evaluation by ID.
   */
  retrieve(evalID, options) {
    return this._client.get(path`/evals/${evalID}`, options);
  }
  /**
   * Update certain properties of an evaluation.
   */
  update(evalID, body, options) {
    return this._client.post(path`/evals/${evalID}`, { body, ...options });
  }
  /**
   * List evaluations for a project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/evals", CursorPage, { query, ...options });
  }
  /**
   * Delete an evaluation.
   */
  delete(evalID, options) {
    return this._client.delete(path`/evals/${evalID}`, options);
  }
};
Evals.Runs = Runs2;

// node_modules/openai/resources/files.mjs
var Files2 = class extends APIResource {
  /**
   * Upload a file that can be used across various endpoints. Individual files can be
   * up to 512 MB, and each project can store up to 2.5 TB of files in total. There
   * is no organization-wide storage limit.
   *
   * - The Assistants API supports files up to 2 million tokens and of specific file
   *   types. See the
   *   [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
   *   for details.
   * - The Fine-tuning API only supports `.jsonl` files. The input also has certain
   *   required formats for fine-tuning
   *   [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input)
   *   or
   *   [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
   *   models.
   * - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
   *   also has a specific required
   *   [format](https://platform.openai.com/docs/api-reference/batch/request-input).
   *
   * Please [contact us](https://help.openai.com/) if you need to increase these
   * storage limits.
   */
  create(body, options) {
    return this._client.post("/files", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Returns information about a specific file.
   */
  retrieve(fileID, options) {
    return this._client.get(path`/files/${fileID}`, options);
  }
  /**
   * Returns a list of files.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/files", CursorPage, { query, ...options });
  }
  /**
   * Delete a file and remove it from all vector stores.
   */
  delete(fileID, options) {
    return this._client.delete(path`/files/${fileID}`, options);
  }
  /**
   * Returns the contents of the specified file.
   */
  content(fileID, options) {
    return this._client.get(path`/files/${fileID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __binaryResponse: true
    });
  }
  /**
   * Waits for the given file to be processed, default timeout is 30 mins.
   */
  async waitForProcessing(id, { pollInterval = 5e3, maxWait = 30 * 60 * 1e3 } = {}) {
    const TERMINAL_STATES = /* @__PURE__ */ new Set(["processed", "error", "deleted"]);
    const start = Date.now();
    let file3 = await this.retrieve(id);
    while (!file3.status || !TERMINAL_STATES.has(file3.status)) {
      await sleep(pollInterval);
      file3 = await this.retrieve(id);
      if (Date.now() - start > maxWait) {
        throw new APIConnectionTimeoutError({
          message: `Giving up on waiting for file ${id} to finish processing after ${maxWait} milliseconds.`
        });
      }
    }
    return file3;
  }
};

// node_modules/openai/resources/fine-tuning/methods.mjs
var Methods = class extends APIResource {
};

// node_modules/openai/resources/fine-tuning/alpha/graders.mjs
var Graders = class extends APIResource {
  /**
   * Run a grader.
   *
   * @example
   * ```ts
   * const response = await client.fineTuning.alpha.graders.run({
   *   grader: {
   *     input: 'input',
   *     name: 'name',
   *     operation: 'eq',
   *     reference: 'reference',
   *     type: 'string_check',
   *   },
   *   model_sample: 'model_sample',
   * });
   * ```
   */
  run(body, options) {
    return this._client.post("/fine_tuning/alpha/graders/run", { body, ...options });
  }
  /**
   * Validate a grader.
   *
   * @example
   * ```ts
   * const response =
   *   await client.fineTuning.alpha.graders.validate({
   *     grader: {
   *       input: 'input',
   *       name: 'name',
   *       operation: 'eq',
   *       reference: 'reference',
   *       type: 'string_check',
   *     },
   *   });
   * ```
   */
  validate(body, options) {
    return this._client.post("/fine_tuning/alpha/graders/validate", { body, ...options });
  }
};

// node_modules/openai/resources/fine-tuning/alpha/alpha.mjs
var Alpha = class extends APIResource {
  constructor() {
    super(...arguments);
    this.graders = new Graders(this._client);
  }
};
Alpha.Graders = Graders;

// node_modules/openai/resources/fine-tuning/checkpoints/permissions.mjs
var Permissions = class extends APIResource {
  /**
   * **NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).
   *
   * This enables organization owners to share fine-tuned models with other projects
   * in their organization.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const permissionCreateResponse of client.fineTuning.checkpoints.permissions.create(
   *   'ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd',
   *   { project_ids: ['string'] },
   * )) {
   *   // ...
   * }
   * ```
   */
  create(fineTunedModelCheckpoint, body, options) {
    return this._client.getAPIList(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, Page, { body, method: "post", ...options });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to view all permissions for a
   * fine-tuned model checkpoint.
   *
   * @deprecated Retrieve is deprecated. Please swap to the paginated list method instead.
   */
  retrieve(fineTunedModelCheckpoint, query = {}, options) {
    return this._client.get(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, {
      query,
      ...options
    });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to view all permissions for a
   * fine-tuned model checkpoint.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const permissionListResponse of client.fineTuning.checkpoints.permissions.list(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(fineTunedModelCheckpoint, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`, ConversationCursorPage, { query, ...options });
  }
  /**
   * **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).
   *
   * Organization owners can use this endpoint to delete a permission for a
   * fine-tuned model checkpoint.
   *
   * @example
   * ```ts
   * const permission =
   *   await client.fineTuning.checkpoints.permissions.delete(
   *     'cp_zc4Q7MP6XxulcVzj4MZdwsAB',
   *     {
   *       fine_tuned_model_checkpoint:
   *         'ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd',
   *     },
   *   );
   * ```
   */
  delete(permissionID, params, options) {
    const { fine_tuned_model_checkpoint } = params;
    return this._client.delete(path`/fine_tuning/checkpoints/${fine_tuned_model_checkpoint}/permissions/${permissionID}`, options);
  }
};

// node_modules/openai/resources/fine-tuning/checkpoints/checkpoints.mjs
var Checkpoints = class extends APIResource {
  constructor() {
    super(...arguments);
    this.permissions = new Permissions(this._client);
  }
};
Checkpoints.Permissions = Permissions;

// node_modules/openai/resources/fine-tuning/jobs/checkpoints.mjs
var Checkpoints2 = class extends APIResource {
  /**
   * List checkpoints for a fine-tuning job.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJobCheckpoint of client.fineTuning.jobs.checkpoints.list(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(fineTuningJobID, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/jobs/${fineTuningJobID}/checkpoints`, CursorPage, { query, ...options });
  }
};

// node_modules/openai/resources/fine-tuning/jobs/jobs.mjs
var Jobs = class extends APIResource {
  constructor() {
    super(...arguments);
    this.checkpoints = new Checkpoints2(this._client);
  }
  /**
   * Creates a fine-tuning job which begins the process of creating a new model from
   * a given dataset.
   *
   * Response includes details of the enqueued job including job status and the name
   * of the fine-tuned models once complete.
   *
   * [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.create({
   *   model: 'gpt-4o-mini',
   *   training_file: 'file-abc123',
   * });
   * ```
   */
  create(body, options) {
    return this._client.post("/fine_tuning/jobs", { body, ...options });
  }
  /**
   * Get info about a fine-tuning job.
   *
   * [Learn more about fine-tuning](https://platform.openai.com/docs/guides/model-optimization)
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.retrieve(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  retrieve(fineTuningJobID, options) {
    return this._client.get(path`/fine_tuning/jobs/${fineTuningJobID}`, options);
  }
  /**
   * List your organization's fine-tuning jobs
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJob of client.fineTuning.jobs.list()) {
   *   // ...
   * }
   * ```
   */
  list(query = {}, options) {
    return this._client.getAPIList("/fine_tuning/jobs", CursorPage, { query, ...options });
  }
  /**
   * Immediately cancel a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.cancel(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  cancel(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/cancel`, options);
  }
  /**
   * Get status updates for a fine-tuning job.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const fineTuningJobEvent of client.fineTuning.jobs.listEvents(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * )) {
   *   // ...
   * }
   * ```
   */
  listEvents(fineTuningJobID, query = {}, options) {
    return this._client.getAPIList(path`/fine_tuning/jobs/${fineTuningJobID}/events`, CursorPage, { query, ...options });
  }
  /**
   * Pause a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.pause(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  pause(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/pause`, options);
  }
  /**
   * Resume a fine-tune job.
   *
   * @example
   * ```ts
   * const fineTuningJob = await client.fineTuning.jobs.resume(
   *   'ft-AF1WoRqd3aJAHsqc9NY7iL8F',
   * );
   * ```
   */
  resume(fineTuningJobID, options) {
    return this._client.post(path`/fine_tuning/jobs/${fineTuningJobID}/resume`, options);
  }
};
Jobs.Checkpoints = Checkpoints2;

// node_modules/openai/resources/fine-tuning/fine-tuning.mjs
var FineTuning = class extends APIResource {
  constructor() {
    super(...arguments);
    this.methods = new Methods(this._client);
    this.jobs = new Jobs(this._client);
    this.checkpoints = new Checkpoints(this._client);
    this.alpha = new Alpha(this._client);
  }
};
FineTuning.Methods = Methods;
FineTuning.Jobs = Jobs;
FineTuning.Checkpoints = Checkpoints;
FineTuning.Alpha = Alpha;

// node_modules/openai/resources/graders/grader-models.mjs
var GraderModels = class extends APIResource {
};

// node_modules/openai/resources/graders/graders.mjs
var Graders2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.graderModels = new GraderModels(this._client);
  }
};
Graders2.GraderModels = GraderModels;

// node_modules/openai/resources/images.mjs
var Images = class extends APIResource {
  /**
   * Creates a variation of a given image. This endpoint only supports `dall-e-2`.
   *
   * @example
   * ```ts
   * const imagesResponse = await client.images.createVariation({
   *   image: fs.createReadStream('otter.png'),
   * });
   * ```
   */
  createVariation(body, options) {
    return this._client.post("/images/variations", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  edit(body, options) {
    return this._client.post("/images/edits", multipartFormRequestOptions({ body, ...options, stream: body.stream ?? false }, this._client));
  }
  generate(body, options) {
    return this._client.post("/images/generations", { body, ...options, stream: body.stream ?? false });
  }
};

// node_modules/openai/resources/models.mjs
var Models = class extends APIResource {
  /**
   * Retrieves a model instance, providing basic information about the model such as
   * the owner and permissioning.
   */
  retrieve(model, options) {
    return this._client.get(path`/models/${model}`, options);
  }
  /**
   * Lists the currently available models, and provides basic information about each
   * one such as the owner and availability.
   */
  list(options) {
    return this._client.getAPIList("/models", Page, options);
  }
  /**
   * Delete a fine-tuned model. You must have the Owner role in your organization to
   * delete a model.
   */
  delete(model, options) {
    return this._client.delete(path`/models/${model}`, options);
  }
};

// node_modules/openai/resources/moderations.mjs
var Moderations = class extends APIResource {
  /**
   * Classifies if text and/or image inputs are potentially harmful. Learn more in
   * the [moderation guide](https://platform.openai.com/docs/guides/moderation).
   */
  create(body, options) {
    return this._client.post("/moderations", { body, ...options });
  }
};

// node_modules/openai/resources/realtime/calls.mjs
var Calls = class extends APIResource {
  /**
   * Accept an incoming SIP call and configure the realtime session that will handle
   * it.
   *
   * @example
   * ```ts
   * await client.realtime.calls.accept('call_id', {
   *   type: 'realtime',
   * });
   * ```
   */
  accept(callID, body, options) {
    return this._client.post(path`/realtime/calls/${callID}/accept`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
  /**
   * End an active Realtime API call, whether it was initiated over SIP or WebRTC.
   *
   * @example
   * ```ts
   * await client.realtime.calls.hangup('call_id');
   * ```
   */
  hangup(callID, options) {
    return this._client.post(path`/realtime/calls/${callID}/hangup`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
  /**
   * Transfer an active SIP call to a new destination using the SIP REFER verb.
   *
   * @example
   * ```ts
   * await client.realtime.calls.refer('call_id', {
   *   target_uri: 'tel:+14155550123',
   * });
   * ```
   */
  refer(callID, body, options) {
    return this._client.post(path`/realtime/calls/${callID}/refer`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
  /**
   * Decline an incoming SIP call by returning a SIP status code to the caller.
   *
   * @example
   * ```ts
   * await client.realtime.calls.reject('call_id');
   * ```
   */
  reject(callID, body = {}, options) {
    return this._client.post(path`/realtime/calls/${callID}/reject`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
};

// node_modules/openai/resources/realtime/client-secrets.mjs
var ClientSecrets = class extends APIResource {
  /**
   * Create a Realtime client secret with an associated session configuration.
   *
   * Client secrets are short-lived tokens that can be passed to a client app, such
   * as a web frontend or mobile client, which grants access to the Realtime API
   * without leaking your main API key. You can configure a custom TTL for each
   * client secret.
   *
   * You can also attach session configuration options to the client secret, which
   * will be applied to any sessions created using that client secret, but these can
   * also be overridden by the client connection.
   *
   * [Learn more about authentication with client secrets over WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).
   *
   * Returns the created client secret and the effective session object. The client
   * secret is a string that looks like `ek_1234`.
   *
   * @example
   * ```ts
   * const clientSecret =
   *   await client.realtime.clientSecrets.create();
   * ```
   */
  create(body, options) {
    return this._client.post("/realtime/client_secrets", { body, ...options });
  }
};

// node_modules/openai/resources/realtime/realtime.mjs
var Realtime2 = class extends APIResource {
  constructor() {
    super(...arguments);
    this.clientSecrets = new ClientSecrets(this._client);
    this.calls = new Calls(this._client);
  }
};
Realtime2.ClientSecrets = ClientSecrets;
Realtime2.Calls = Calls;

// node_modules/openai/lib/ResponsesParser.mjs
function maybeParseResponse(response, params) {
  if (!params || !hasAutoParseableInput2(params)) {
    return {
      ...response,
      output_parsed: null,
      output: response.output.map((item) => {
        if (item.type === "function_call") {
          return {
            ...item,
            parsed_arguments: null
          };
        }
        if (item.type === "message") {
          return {
            ...item,
            content: item.content.map((content2) => ({
              ...content2,
              parsed: null
            }))
          };
        } else {
          return item;
        }
      })
    };
  }
  return parseResponse(response, params);
}
function parseResponse(response, params) {
  const output = response.output.map((item) => {
    if (item.type === "function_call") {
      return {
        ...item,
        parsed_arguments: parseToolCall2(params, item)
      };
    }
    if (item.type === "message") {
      const content2 = item.content.map((content3) => {
        if (content3.type === "output_text") {
          return {
            ...content3,
            parsed: parseTextFormat(params, content3.text)
          };
        }
        return content3;
      });
      return {
        ...item,
        content: content2
      };
    }
    return item;
  });
  const parsed = Object.assign({}, response, { output });
  if (!Object.getOwnPropertyDescriptor(response, "output_text")) {
    addOutputText(parsed);
  }
  Object.defineProperty(parsed, "output_parsed", {
    enumerable: true,
    get() {
      for (const output2 of parsed.output) {
        if (output2.type !== "message") {
          continue;
        }
        for (const content2 of output2.content) {
          if (content2.type === "output_text" && content2.parsed !== null) {
            return content2.parsed;
          }
        }
      }
      return null;
    }
  });
  return parsed;
}
function parseTextFormat(params, content2) {
  if (params.text?.format?.type !== "json_schema") {
    return null;
  }
  if ("$parseRaw" in params.text?.format) {
    const text_format = params.text?.format;
    return text_format.$parseRaw(content2);
  }
  return JSON.parse(content2);
}
function hasAutoParseableInput2(params) {
  if (isAutoParsableResponseFormat(params.text?.format)) {
    return true;
  }
  return false;
}
function isAutoParsableTool2(tool) {
  return tool?.["$brand"] === "auto-parseable-tool";
}
function getInputToolByName(input_tools, name) {
  return input_tools.find((tool) => tool.type === "function" && tool.name === name);
}
function parseToolCall2(params, toolCall) {
  const inputTool = getInputToolByName(params.tools ?? [], toolCall.name);
  return {
    ...toolCall,
    ...toolCall,
    parsed_arguments: isAutoParsableTool2(inputTool) ? inputTool.$parseRaw(toolCall.arguments) : inputTool?.strict ? JSON.parse(toolCall.arguments) : null
  };
}
function addOutputText(rsp) {
  const texts = [];
  for (const output of rsp.output) {
    if (output.type !== "message") {
      continue;
    }
    for (const content2 of output.content) {
      if (content2.type === "output_text") {
        texts.push(content2.text);
      }
    }
  }
  rsp.output_text = texts.join("");
}

// node_modules/openai/lib/responses/ResponseStream.mjs
var _ResponseStream_instances;
var _ResponseStream_params;
var _ResponseStream_currentResponseSnapshot;
var _ResponseStream_finalResponse;
var _ResponseStream_beginRequest;
var _ResponseStream_addEvent;
var _ResponseStream_endRequest;
var _ResponseStream_accumulateResponse;
var ResponseStream = class _ResponseStream extends EventStream {
  constructor(params) {
    super();
    _ResponseStream_instances.add(this);
    _ResponseStream_params.set(this, void 0);
    _ResponseStream_currentResponseSnapshot.set(this, void 0);
    _ResponseStream_finalResponse.set(this, void 0);
    __classPrivateFieldSet(this, _ResponseStream_params, params, "f");
  }
  static createResponse(client, params, options) {
    const runner = new _ResponseStream(params);
    runner._run(() => runner._createOrRetrieveResponse(client, params, {
      ...options,
      headers: { ...options?.headers, "X-Stainless-Helper-Method": "stream" }
    }));
    return runner;
  }
  async _createOrRetrieveResponse(client, params, options) {
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted)
        this.controller.abort();
      signal.addEventListener("abort", () => this.controller.abort());
    }
    __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_beginRequest).call(this);
    let stream;
    let starting_after = null;
    if ("response_id" in params) {
      stream = await client.responses.retrieve(params.response_id, { stream: true }, { ...options, signal: this.controller.signal, stream: true });
      starting_after = params.starting_after ?? null;
    } else {
      stream = await client.responses.create({ ...params, stream: true }, { ...options, signal: this.controller.signal });
    }
    this._connected();
    for await (const event of stream) {
      __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_addEvent).call(this, event, starting_after);
    }
    if (stream.controller.signal?.aborted) {
      throw new APIUserAbortError();
    }
    return __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_endRequest).call(this);
  }
  [(_ResponseStream_params = /* @__PURE__ */ new WeakMap(), _ResponseStream_currentResponseSnapshot = /* @__PURE__ */ new WeakMap(), _ResponseStream_finalResponse = /* @__PURE__ */ new WeakMap(), _ResponseStream_instances = /* @__PURE__ */ new WeakSet(), _ResponseStream_beginRequest = function _ResponseStream_beginRequest2() {
    if (this.ended)
      return;
    __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, void 0, "f");
  }, _ResponseStream_addEvent = function _ResponseStream_addEvent2(event, starting_after) {
    if (this.ended)
      return;
    const maybeEmit = (name, event2) => {
      if (starting_after == null || event2.sequence_number > starting_after) {
        this._emit(name, event2);
      }
    };
    const response = __classPrivateFieldGet(this, _ResponseStream_instances, "m", _ResponseStream_accumulateResponse).call(this, event);
    maybeEmit("event", event);
    switch (event.type) {
      case "response.output_text.delta": {
        const output = response.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "message") {
          const content2 = output.content[event.content_index];
          if (!content2) {
            throw new OpenAIError(`missing content at index ${event.content_index}`);
          }
          if (content2.type !== "output_text") {
            throw new OpenAIError(`expected content to be 'output_text', got ${content2.type}`);
          }
          maybeEmit("response.output_text.delta", {
            ...event,
            snapshot: content2.text
          });
        }
        break;
      }
      case "response.function_call_arguments.delta": {
        const output = response.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "function_call") {
          maybeEmit("response.function_call_arguments.delta", {
            ...event,
            snapshot: output.arguments
          });
        }
        break;
      }
      default:
        maybeEmit(event.type, event);
        break;
    }
  }, _ResponseStream_endRequest = function _ResponseStream_endRequest2() {
    if (this.ended) {
      throw new OpenAIError(`stream has ended, this shouldn't happen`);
    }
    const snapshot = __classPrivateFieldGet(this, _ResponseStream_currentResponseSnapshot, "f");
    if (!snapshot) {
      throw new OpenAIError(`request ended without sending any events`);
    }
    __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, void 0, "f");
    const parsedResponse = finalizeResponse(snapshot, __classPrivateFieldGet(this, _ResponseStream_params, "f"));
    __classPrivateFieldSet(this, _ResponseStream_finalResponse, parsedResponse, "f");
    return parsedResponse;
  }, _ResponseStream_accumulateResponse = function _ResponseStream_accumulateResponse2(event) {
    let snapshot = __classPrivateFieldGet(this, _ResponseStream_currentResponseSnapshot, "f");
    if (!snapshot) {
      if (event.type !== "response.created") {
        throw new OpenAIError(`When snapshot hasn't been set yet, expected 'response.created' event, got ${event.type}`);
      }
      snapshot = __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, event.response, "f");
      return snapshot;
    }
    switch (event.type) {
      case "response.output_item.added": {
        snapshot.output.push(event.item);
        break;
      }
      case "response.content_part.added": {
        const output = snapshot.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        const type = output.type;
        const part = event.part;
        if (type === "message" && part.type !== "reasoning_text") {
          output.content.push(part);
        } else if (type === "reasoning" && part.type === "reasoning_text") {
          if (!output.content) {
            output.content = [];
          }
          output.content.push(part);
        }
        break;
      }
      case "response.output_text.delta": {
        const output = snapshot.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "message") {
          const content2 = output.content[event.content_index];
          if (!content2) {
            throw new OpenAIError(`missing content at index ${event.content_index}`);
          }
          if (content2.type !== "output_text") {
            throw new OpenAIError(`expected content to be 'output_text', got ${content2.type}`);
          }
          content2.text += event.delta;
        }
        break;
      }
      case "response.function_call_arguments.delta": {
        const output = snapshot.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "function_call") {
          output.arguments += event.delta;
        }
        break;
      }
      case "response.reasoning_text.delta": {
        const output = snapshot.output[event.output_index];
        if (!output) {
          throw new OpenAIError(`missing output at index ${event.output_index}`);
        }
        if (output.type === "reasoning") {
          const content2 = output.content?.[event.content_index];
          if (!content2) {
            throw new OpenAIError(`missing content at index ${event.content_index}`);
          }
          if (content2.type !== "reasoning_text") {
            throw new OpenAIError(`expected content to be 'reasoning_text', got ${content2.type}`);
          }
          content2.text += event.delta;
        }
        break;
      }
      case "response.completed": {
        __classPrivateFieldSet(this, _ResponseStream_currentResponseSnapshot, event.response, "f");
        break;
      }
    }
    return snapshot;
  }, Symbol.asyncIterator)]() {
    const pushQueue = [];
    const readQueue = [];
    let done = false;
    this.on("event", (event) => {
      const reader = readQueue.shift();
      if (reader) {
        reader.resolve(event);
      } else {
        pushQueue.push(event);
      }
    });
    this.on("end", () => {
      done = true;
      for (const reader of readQueue) {
        reader.resolve(void 0);
      }
      readQueue.length = 0;
    });
    this.on("abort", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    this.on("error", (err) => {
      done = true;
      for (const reader of readQueue) {
        reader.reject(err);
      }
      readQueue.length = 0;
    });
    return {
      next: async () => {
        if (!pushQueue.length) {
          if (done) {
            return { value: void 0, done: true };
          }
          return new Promise((resolve6, reject) => readQueue.push({ resolve: resolve6, reject })).then((event2) => event2 ? { value: event2, done: false } : { value: void 0, done: true });
        }
        const event = pushQueue.shift();
        return { value: event, done: false };
      },
      return: async () => {
        this.abort();
        return { value: void 0, done: true };
      }
    };
  }
  /**
   * @returns a promise that resolves with the final Response, or rejects
   * if an error occurred or the stream ended prematurely without producing a REsponse.
   */
  async finalResponse() {
    await this.done();
    const response = __classPrivateFieldGet(this, _ResponseStream_finalResponse, "f");
    if (!response)
      throw new OpenAIError("stream ended without producing a ChatCompletion");
    return response;
  }
};
function finalizeResponse(snapshot, params) {
  return maybeParseResponse(snapshot, params);
}

// node_modules/openai/resources/responses/input-items.mjs
var InputItems = class extends APIResource {
  /**
   * Returns a list of input items for a given response.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const responseItem of client.responses.inputItems.list(
   *   'response_id',
   * )) {
   *   // ...
   * }
   * ```
   */
  list(responseID, query = {}, options) {
    return this._client.getAPIList(path`/responses/${responseID}/input_items`, CursorPage, { query, ...options });
  }
};

// node_modules/openai/resources/responses/input-tokens.mjs
var InputTokens = class extends APIResource {
  /**
   * Returns input token counts of the request.
   *
   * Returns an object with `object` set to `response.input_tokens` and an
   * `input_tokens` count.
   *
   * @example
   * ```ts
   * const response = await client.responses.inputTokens.count();
   * ```
   */
  count(body = {}, options) {
    return this._client.post("/responses/input_tokens", { body, ...options });
  }
};

// node_modules/openai/resources/responses/responses.mjs
var Responses = class extends APIResource {
  constructor() {
    super(...arguments);
    this.inputItems = new InputItems(this._client);
    this.inputTokens = new InputTokens(this._client);
  }
  create(body, options) {
    return this._client.post("/responses", { body, ...options, stream: body.stream ?? false })._thenUnwrap((rsp) => {
      if ("object" in rsp && rsp.object === "response") {
        addOutputText(rsp);
      }
      return rsp;
    });
  }
  retrieve(responseID, query = {}, options) {
    return this._client.get(path`/responses/${responseID}`, {
      query,
      ...options,
      stream: query?.stream ?? false
    })._thenUnwrap((rsp) => {
      if ("object" in rsp && rsp.object === "response") {
        addOutputText(rsp);
      }
      return rsp;
    });
  }
  /**
   * Deletes a model response with the given ID.
   *
   * @example
   * ```ts
   * await client.responses.delete(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  delete(responseID, options) {
    return this._client.delete(path`/responses/${responseID}`, {
      ...options,
      headers: buildHeaders([{ Accept: "*/*" }, options?.headers])
    });
  }
  parse(body, options) {
    return this._client.responses.create(body, options)._thenUnwrap((response) => parseResponse(response, body));
  }
  /**
   * Creates a model response stream
   */
  stream(body, options) {
    return ResponseStream.createResponse(this._client, body, options);
  }
  /**
   * Cancels a model response with the given ID. Only responses created with the
   * `background` parameter set to `true` can be cancelled.
   * [Learn more](https://platform.openai.com/docs/guides/background).
   *
   * @example
   * ```ts
   * const response = await client.responses.cancel(
   *   'resp_677efb5139a88190b512bc3fef8e535d',
   * );
   * ```
   */
  cancel(responseID, options) {
    return this._client.post(path`/responses/${responseID}/cancel`, options);
  }
  /**
   * Compact a conversation. Returns a compacted response object.
   *
   * Learn when and how to compact long-running conversations in the
   * [conversation state guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window).
   * For ZDR-compatible compaction details, see
   * [Compaction (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).
   *
   * @example
   * ```ts
   * const compactedResponse = await client.responses.compact({
   *   model: 'gpt-5.4',
   * });
   * ```
   */
  compact(body, options) {
    return this._client.post("/responses/compact", { body, ...options });
  }
};
Responses.InputItems = InputItems;
Responses.InputTokens = InputTokens;

// node_modules/openai/resources/skills/content.mjs
var Content2 = class extends APIResource {
  /**
   * Download a skill zip bundle by its ID.
   */
  retrieve(skillID, options) {
    return this._client.get(path`/skills/${skillID}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/skills/versions/content.mjs
var Content3 = class extends APIResource {
  /**
   * Download a skill version zip bundle.
   */
  retrieve(version, params, options) {
    const { skill_id } = params;
    return this._client.get(path`/skills/${skill_id}/versions/${version}/content`, {
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __binaryResponse: true
    });
  }
};

// node_modules/openai/resources/skills/versions/versions.mjs
var Versions = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content3(this._client);
  }
  /**
   * Create a new immutable skill version.
   */
  create(skillID, body = {}, options) {
    return this._client.post(path`/skills/${skillID}/versions`, maybeMultipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Get a specific skill version.
   */
  retrieve(version, params, options) {
    const { skill_id } = params;
    return this._client.get(path`/skills/${skill_id}/versions/${version}`, options);
  }
  /**
   * List skill versions for a skill.
   */
  list(skillID, query = {}, options) {
    return this._client.getAPIList(path`/skills/${skillID}/versions`, CursorPage, {
      query,
      ...options
    });
  }
  /**
   * Delete a skill version.
   */
  delete(version, params, options) {
    const { skill_id } = params;
    return this._client.delete(path`/skills/${skill_id}/versions/${version}`, options);
  }
};
Versions.Content = Content3;

// node_modules/openai/resources/skills/skills.mjs
var Skills = class extends APIResource {
  constructor() {
    super(...arguments);
    this.content = new Content2(this._client);
    this.versions = new Versions(this._client);
  }
  /**
   * Create a new skill.
   */
  create(body = {}, options) {
    return this._client.post("/skills", maybeMultipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Get a skill by its ID.
   */
  retrieve(skillID, options) {
    return this._client.get(path`/skills/${skillID}`, options);
  }
  /**
   * Update the default version pointer for a skill.
   */
  update(skillID, body, options) {
    return this._client.post(path`/skills/${skillID}`, { body, ...options });
  }
  /**
   * List all skills for the current project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/skills", CursorPage, { query, ...options });
  }
  /**
   * Delete a skill by its ID.
   */
  delete(skillID, options) {
    return this._client.delete(path`/skills/${skillID}`, options);
  }
};
Skills.Content = Content2;
Skills.Versions = Versions;

// node_modules/openai/resources/uploads/parts.mjs
var Parts = class extends APIResource {
  /**
   * Adds a
   * [Part](https://platform.openai.com/docs/api-reference/uploads/part-object) to an
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object.
   * A Part represents a chunk of bytes from the file you are trying to upload.
   *
   * Each Part can be at most 64 MB, and you can add Parts until you hit the Upload
   * maximum of 8 GB.
   *
   * It is possible to add multiple Parts in parallel. You can decide the intended
   * order of the Parts when you
   * [complete the Upload](https://platform.openai.com/docs/api-reference/uploads/complete).
   */
  create(uploadID, body, options) {
    return this._client.post(path`/uploads/${uploadID}/parts`, multipartFormRequestOptions({ body, ...options }, this._client));
  }
};

// node_modules/openai/resources/uploads/uploads.mjs
var Uploads = class extends APIResource {
  constructor() {
    super(...arguments);
    this.parts = new Parts(this._client);
  }
  /**
   * Creates an intermediate
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object) object
   * that you can add
   * [Parts](https://platform.openai.com/docs/api-reference/uploads/part-object) to.
   * Currently, an Upload can accept at most 8 GB in total and expires after an hour
   * after you create it.
   *
   * Once you complete the Upload, we will create a
   * [File](https://platform.openai.com/docs/api-reference/files/object) object that
   * contains all the parts you uploaded. This File is usable in the rest of our
   * platform as a regular File object.
   *
   * For certain `purpose` values, the correct `mime_type` must be specified. Please
   * refer to documentation for the
   * [supported MIME types for your use case](https://platform.openai.com/docs/assistants/tools/file-search#supported-files).
   *
   * For guidance on the proper filename extensions for each purpose, please follow
   * the documentation on
   * [creating a File](https://platform.openai.com/docs/api-reference/files/create).
   *
   * Returns the Upload object with status `pending`.
   */
  create(body, options) {
    return this._client.post("/uploads", { body, ...options });
  }
  /**
   * Cancels the Upload. No Parts may be added after an Upload is cancelled.
   *
   * Returns the Upload object with status `cancelled`.
   */
  cancel(uploadID, options) {
    return this._client.post(path`/uploads/${uploadID}/cancel`, options);
  }
  /**
   * Completes the
   * [Upload](https://platform.openai.com/docs/api-reference/uploads/object).
   *
   * Within the returned Upload object, there is a nested
   * [File](https://platform.openai.com/docs/api-reference/files/object) object that
   * is ready to use in the rest of the platform.
   *
   * You can specify the order of the Parts by passing in an ordered list of the Part
   * IDs.
   *
   * The number of bytes uploaded upon completion must match the number of bytes
   * initially specified when creating the Upload object. No Parts may be added after
   * an Upload is completed. Returns the Upload object with status `completed`,
   * including an additional `file` property containing the created usable File
   * object.
   */
  complete(uploadID, body, options) {
    return this._client.post(path`/uploads/${uploadID}/complete`, { body, ...options });
  }
};
Uploads.Parts = Parts;

// node_modules/openai/lib/Util.mjs
var allSettledWithThrow = async (promises) => {
  const results = await Promise.allSettled(promises);
  const rejected = results.filter((result) => result.status === "rejected");
  if (rejected.length) {
    for (const result of rejected) {
      console.error(result.reason);
    }
    throw new Error(`${rejected.length} promise(s) failed - see the above errors`);
  }
  const values = [];
  for (const result of results) {
    if (result.status === "fulfilled") {
      values.push(result.value);
    }
  }
  return values;
};

// node_modules/openai/resources/vector-stores/file-batches.mjs
var FileBatches = class extends APIResource {
  /**
   * Create a vector store file batch.
   */
  create(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}/file_batches`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieves a vector store file batch.
   */
  retrieve(batchID, params, options) {
    const { vector_store_id } = params;
    return this._client.get(path`/vector_stores/${vector_store_id}/file_batches/${batchID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Cancel a vector store file batch. This attempts to cancel the processing of
   * files in this batch as soon as possible.
   */
  cancel(batchID, params, options) {
    const { vector_store_id } = params;
    return this._client.post(path`/vector_stores/${vector_store_id}/file_batches/${batchID}/cancel`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Create a vector store batch and poll until all files have been processed.
   */
  async createAndPoll(vectorStoreId, body, options) {
    const batch = await this.create(vectorStoreId, body);
    return await this.poll(vectorStoreId, batch.id, options);
  }
  /**
   * Returns a list of vector store files in a batch.
   */
  listFiles(batchID, params, options) {
    const { vector_store_id, ...query } = params;
    return this._client.getAPIList(path`/vector_stores/${vector_store_id}/file_batches/${batchID}/files`, CursorPage, { query, ...options, headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]) });
  }
  /**
   * Wait for the given file batch to be processed.
   *
   * Note: this will return even if one of the files failed to process, you need to
   * check batch.file_counts.failed_count to handle this case.
   */
  async poll(vectorStoreID, batchID, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const { data: batch, response } = await this.retrieve(batchID, { vector_store_id: vectorStoreID }, {
        ...options,
        headers
      }).withResponse();
      switch (batch.status) {
        case "in_progress":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        case "failed":
        case "cancelled":
        case "completed":
          return batch;
      }
    }
  }
  /**
   * Uploads the given files concurrently and then creates a vector store file batch.
   *
   * The concurrency limit is configurable using the `maxConcurrency` parameter.
   */
  async uploadAndPoll(vectorStoreId, { files, fileIds = [] }, options) {
    if (files == null || files.length == 0) {
      throw new Error(`No \`files\` provided to process. If you've already uploaded files you should use \`.createAndPoll()\` instead`);
    }
    const configuredConcurrency = options?.maxConcurrency ?? 5;
    const concurrencyLimit = Math.min(configuredConcurrency, files.length);
    const client = this._client;
    const fileIterator = files.values();
    const allFileIds = [...fileIds];
    async function processFiles(iterator) {
      for (let item of iterator) {
        const fileObj = await client.files.create({ file: item, purpose: "assistants" }, options);
        allFileIds.push(fileObj.id);
      }
    }
    const workers = Array(concurrencyLimit).fill(fileIterator).map(processFiles);
    await allSettledWithThrow(workers);
    return await this.createAndPoll(vectorStoreId, {
      file_ids: allFileIds
    });
  }
};

// node_modules/openai/resources/vector-stores/files.mjs
var Files3 = class extends APIResource {
  /**
   * Create a vector store file by attaching a
   * [File](https://platform.openai.com/docs/api-reference/files) to a
   * [vector store](https://platform.openai.com/docs/api-reference/vector-stores/object).
   */
  create(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}/files`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieves a vector store file.
   */
  retrieve(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.get(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Update attributes on a vector store file.
   */
  update(fileID, params, options) {
    const { vector_store_id, ...body } = params;
    return this._client.post(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of vector store files.
   */
  list(vectorStoreID, query = {}, options) {
    return this._client.getAPIList(path`/vector_stores/${vectorStoreID}/files`, CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Delete a vector store file. This will remove the file from the vector store but
   * the file itself will not be deleted. To delete the file, use the
   * [delete file](https://platform.openai.com/docs/api-reference/files/delete)
   * endpoint.
   */
  delete(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.delete(path`/vector_stores/${vector_store_id}/files/${fileID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Attach a file to the given vector store and wait for it to be processed.
   */
  async createAndPoll(vectorStoreId, body, options) {
    const file3 = await this.create(vectorStoreId, body, options);
    return await this.poll(vectorStoreId, file3.id, options);
  }
  /**
   * Wait for the vector store file to finish processing.
   *
   * Note: this will return even if the file failed to process, you need to check
   * file.last_error and file.status to handle these cases
   */
  async poll(vectorStoreID, fileID, options) {
    const headers = buildHeaders([
      options?.headers,
      {
        "X-Stainless-Poll-Helper": "true",
        "X-Stainless-Custom-Poll-Interval": options?.pollIntervalMs?.toString() ?? void 0
      }
    ]);
    while (true) {
      const fileResponse = await this.retrieve(fileID, {
        vector_store_id: vectorStoreID
      }, { ...options, headers }).withResponse();
      const file3 = fileResponse.data;
      switch (file3.status) {
        case "in_progress":
          let sleepInterval = 5e3;
          if (options?.pollIntervalMs) {
            sleepInterval = options.pollIntervalMs;
          } else {
            const headerInterval = fileResponse.response.headers.get("openai-poll-after-ms");
            if (headerInterval) {
              const headerIntervalMs = parseInt(headerInterval);
              if (!isNaN(headerIntervalMs)) {
                sleepInterval = headerIntervalMs;
              }
            }
          }
          await sleep(sleepInterval);
          break;
        case "failed":
        case "completed":
          return file3;
      }
    }
  }
  /**
   * Upload a file to the `files` API and then attach it to the given vector store.
   *
   * Note the file will be asynchronously processed (you can use the alternative
   * polling helper method to wait for processing to complete).
   */
  async upload(vectorStoreId, file3, options) {
    const fileInfo = await this._client.files.create({ file: file3, purpose: "assistants" }, options);
    return this.create(vectorStoreId, { file_id: fileInfo.id }, options);
  }
  /**
   * Add a file to a vector store and poll until processing is complete.
   */
  async uploadAndPoll(vectorStoreId, file3, options) {
    const fileInfo = await this.upload(vectorStoreId, file3, options);
    return await this.poll(vectorStoreId, fileInfo.id, options);
  }
  /**
   * Retrieve the parsed contents of a vector store file.
   */
  content(fileID, params, options) {
    const { vector_store_id } = params;
    return this._client.getAPIList(path`/vector_stores/${vector_store_id}/files/${fileID}/content`, Page, { ...options, headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers]) });
  }
};

// node_modules/openai/resources/vector-stores/vector-stores.mjs
var VectorStores = class extends APIResource {
  constructor() {
    super(...arguments);
    this.files = new Files3(this._client);
    this.fileBatches = new FileBatches(this._client);
  }
  /**
   * Create a vector store.
   */
  create(body, options) {
    return this._client.post("/vector_stores", {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Retrieves a vector store.
   */
  retrieve(vectorStoreID, options) {
    return this._client.get(path`/vector_stores/${vectorStoreID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Modifies a vector store.
   */
  update(vectorStoreID, body, options) {
    return this._client.post(path`/vector_stores/${vectorStoreID}`, {
      body,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Returns a list of vector stores.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/vector_stores", CursorPage, {
      query,
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Delete a vector store.
   */
  delete(vectorStoreID, options) {
    return this._client.delete(path`/vector_stores/${vectorStoreID}`, {
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
  /**
   * Search a vector store for relevant chunks based on a query and file attributes
   * filter.
   */
  search(vectorStoreID, body, options) {
    return this._client.getAPIList(path`/vector_stores/${vectorStoreID}/search`, Page, {
      body,
      method: "post",
      ...options,
      headers: buildHeaders([{ "OpenAI-Beta": "assistants=v2" }, options?.headers])
    });
  }
};
VectorStores.Files = Files3;
VectorStores.FileBatches = FileBatches;

// node_modules/openai/resources/videos.mjs
var Videos = class extends APIResource {
  /**
   * Create a new video generation job from a prompt and optional reference assets.
   */
  create(body, options) {
    return this._client.post("/videos", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Fetch the latest metadata for a generated video.
   */
  retrieve(videoID, options) {
    return this._client.get(path`/videos/${videoID}`, options);
  }
  /**
   * List recently generated videos for the current project.
   */
  list(query = {}, options) {
    return this._client.getAPIList("/videos", ConversationCursorPage, { query, ...options });
  }
  /**
   * Permanently delete a completed or failed video and its stored assets.
   */
  delete(videoID, options) {
    return this._client.delete(path`/videos/${videoID}`, options);
  }
  /**
   * Create a character from an uploaded video.
   */
  createCharacter(body, options) {
    return this._client.post("/videos/characters", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Download the generated video bytes or a derived preview asset.
   *
   * Streams the rendered video content for the specified video job.
   */
  downloadContent(videoID, query = {}, options) {
    return this._client.get(path`/videos/${videoID}/content`, {
      query,
      ...options,
      headers: buildHeaders([{ Accept: "application/binary" }, options?.headers]),
      __binaryResponse: true
    });
  }
  /**
   * Create a new video generation job by editing a source video or existing
   * generated video.
   */
  edit(body, options) {
    return this._client.post("/videos/edits", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Create an extension of a completed video.
   */
  extend(body, options) {
    return this._client.post("/videos/extensions", multipartFormRequestOptions({ body, ...options }, this._client));
  }
  /**
   * Fetch a character.
   */
  getCharacter(characterID, options) {
    return this._client.get(path`/videos/characters/${characterID}`, options);
  }
  /**
   * Create a remix of a completed video using a refreshed prompt.
   */
  remix(videoID, body, options) {
    return this._client.post(path`/videos/${videoID}/remix`, maybeMultipartFormRequestOptions({ body, ...options }, this._client));
  }
};

// node_modules/openai/resources/webhooks/webhooks.mjs
var _Webhooks_instances;
var _Webhooks_validateSecret;
var _Webhooks_getRequiredHeader;
var Webhooks = class extends APIResource {
  constructor() {
    super(...arguments);
    _Webhooks_instances.add(this);
  }
  /**
   * Validates that the given payload was sent by OpenAI and parses the payload.
   */
  async unwrap(payload, headers, secret = this._client.webhookSecret, tolerance = 300) {
    await this.verifySignature(payload, headers, secret, tolerance);
    return JSON.parse(payload);
  }
  /**
   * Validates whether or not the webhook payload was sent by OpenAI.
   *
   * An error will be raised if the webhook payload was not sent by OpenAI.
   *
   * @param payload - The webhook payload
   * @param headers - The webhook headers
   * @param secret - The webhook secret (optional, will use client secret if not provided)
   * @param tolerance - Maximum age of the webhook in seconds (default: 300 = 5 minutes)
   */
  async verifySignature(payload, headers, secret = this._client.webhookSecret, tolerance = 300) {
    if (typeof crypto === "undefined" || typeof crypto.subtle.importKey !== "function" || typeof crypto.subtle.verify !== "function") {
      throw new Error("Webhook signature verification is only supported when the `crypto` global is defined");
    }
    __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_validateSecret).call(this, secret);
    const headersObj = buildHeaders([headers]).values;
    const signatureHeader = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-signature");
    const timestamp = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-timestamp");
    const webhookId = __classPrivateFieldGet(this, _Webhooks_instances, "m", _Webhooks_getRequiredHeader).call(this, headersObj, "webhook-id");
    const timestampSeconds = parseInt(timestamp, 10);
    if (isNaN(timestampSeconds)) {
      throw new InvalidWebhookSignatureError("Invalid webhook timestamp format");
    }
    const nowSeconds = Math.floor(Date.now() / 1e3);
    if (nowSeconds - timestampSeconds > tolerance) {
      throw new InvalidWebhookSignatureError("Webhook timestamp is too old");
    }
    if (timestampSeconds > nowSeconds + tolerance) {
      throw new InvalidWebhookSignatureError("Webhook timestamp is too new");
    }
    const signatures = signatureHeader.split(" ").map((part) => part.startsWith("v1,") ? part.substring(3) : part);
    const decodedSecret = secret.startsWith("whsec_") ? Buffer.from(secret.replace("whsec_", ""), "base64") : Buffer.from(secret, "utf-8");
    const signedPayload = webhookId ? `${webhookId}.${timestamp}.${payload}` : `${timestamp}.${payload}`;
    const key = await crypto.subtle.importKey("raw", decodedSecret, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    for (const signature of signatures) {
      try {
        const signatureBytes = Buffer.from(signature, "base64");
        const isValid = await crypto.subtle.verify("HMAC", key, signatureBytes, new TextEncoder().encode(signedPayload));
        if (isValid) {
          return;
        }
      } catch {
        continue;
      }
    }
    throw new InvalidWebhookSignatureError("The given webhook signature does not match the expected signature");
  }
};
_Webhooks_instances = /* @__PURE__ */ new WeakSet(), _Webhooks_validateSecret = function _Webhooks_validateSecret2(secret) {
  if (typeof secret !== "string" || secret.length === 0) {
    throw new Error(`The webhook secret must either be set using the env var, OPENAI_WEBHOOK_SECRET, on the client class, OpenAI({ webhookSecret: '123' }), or passed to this function`);
  }
}, _Webhooks_getRequiredHeader = function _Webhooks_getRequiredHeader2(headers, name) {
  if (!headers) {
    throw new Error(`Headers are required`);
  }
  const value = headers.get(name);
  if (value === null || value === void 0) {
    throw new Error(`Missing required header: ${name}`);
  }
  return value;
};

// node_modules/openai/client.mjs
var _OpenAI_instances;
var _a2;
var _OpenAI_encoder;
var _OpenAI_baseURLOverridden;
var OpenAI = class {
  /**
   * API Client for interfacing with the OpenAI API.
   *
   * @param {string | undefined} [opts.apiKey=process.env['OPENAI_API_KEY'] ?? undefined]
   * @param {string | null | undefined} [opts.organization=process.env['OPENAI_ORG_ID'] ?? null]
   * @param {string | null | undefined} [opts.project=process.env['OPENAI_PROJECT_ID'] ?? null]
   * @param {string | null | undefined} [opts.webhookSecret=process.env['OPENAI_WEBHOOK_SECRET'] ?? null]
   * @param {string} [opts.baseURL=process.env['OPENAI_BASE_URL'] ?? https://api.openai.com/v1] - Override the default base URL for the API.
   * @param {number} [opts.timeout=10 minutes] - The maximum amount of time (in milliseconds) the client will wait for a response before timing out.
   * @param {MergedRequestInit} [opts.fetchOptions] - Additional `RequestInit` options to be passed to `fetch` calls.
   * @param {Fetch} [opts.fetch] - Specify a custom `fetch` function implementation.
   * @param {number} [opts.maxRetries=2] - The maximum number of times the client will retry a request.
   * @param {HeadersLike} opts.defaultHeaders - Default headers to include with every request to the API.
   * @param {Record<string, string | undefined>} opts.defaultQuery - Default query parameters to include with every request to the API.
   * @param {boolean} [opts.dangerouslyAllowBrowser=false] - By default, client-side use of this library is not allowed, as it risks exposing your secret API credentials to attackers.
   */
  constructor({ baseURL = readEnv("OPENAI_BASE_URL"), apiKey = readEnv("OPENAI_API_KEY"), organization = readEnv("OPENAI_ORG_ID") ?? null, project = readEnv("OPENAI_PROJECT_ID") ?? null, webhookSecret = readEnv("OPENAI_WEBHOOK_SECRET") ?? null, ...opts } = {}) {
    _OpenAI_instances.add(this);
    _OpenAI_encoder.set(this, void 0);
    this.completions = new Completions2(this);
    this.chat = new Chat(this);
    this.embeddings = new Embeddings(this);
    this.files = new Files2(this);
    this.images = new Images(this);
    this.audio = new Audio(this);
    this.moderations = new Moderations(this);
    this.models = new Models(this);
    this.fineTuning = new FineTuning(this);
    this.graders = new Graders2(this);
    this.vectorStores = new VectorStores(this);
    this.webhooks = new Webhooks(this);
    this.beta = new Beta(this);
    this.batches = new Batches(this);
    this.uploads = new Uploads(this);
    this.responses = new Responses(this);
    this.realtime = new Realtime2(this);
    this.conversations = new Conversations(this);
    this.evals = new Evals(this);
    this.containers = new Containers(this);
    this.skills = new Skills(this);
    this.videos = new Videos(this);
    if (apiKey === void 0) {
      throw new OpenAIError("Missing credentials. Please pass an `apiKey`, or set the `OPENAI_API_KEY` environment variable.");
    }
    const options = {
      apiKey,
      organization,
      project,
      webhookSecret,
      ...opts,
      baseURL: baseURL || `https://api.openai.com/v1`
    };
    if (!options.dangerouslyAllowBrowser && isRunningInBrowser()) {
      throw new OpenAIError("It looks like you're running in a browser-like environment.\n\nThis is disabled by default, as it risks exposing your secret API credentials to attackers.\nIf you understand the risks and have appropriate mitigations in place,\nyou can set the `dangerouslyAllowBrowser` option to `true`, e.g.,\n\nnew OpenAI({ apiKey, dangerouslyAllowBrowser: true });\n\nhttps://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety\n");
    }
    this.baseURL = options.baseURL;
    this.timeout = options.timeout ?? _a2.DEFAULT_TIMEOUT;
    this.logger = options.logger ?? console;
    const defaultLogLevel = "warn";
    this.logLevel = defaultLogLevel;
    this.logLevel = parseLogLevel(options.logLevel, "ClientOptions.logLevel", this) ?? parseLogLevel(readEnv("OPENAI_LOG"), "process.env['OPENAI_LOG']", this) ?? defaultLogLevel;
    this.fetchOptions = options.fetchOptions;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? getDefaultFetch();
    __classPrivateFieldSet(this, _OpenAI_encoder, FallbackEncoder, "f");
    this._options = options;
    this.apiKey = typeof apiKey === "string" ? apiKey : "Missing Key";
    this.organization = organization;
    this.project = project;
    this.webhookSecret = webhookSecret;
  }
  /**
   * Create a new client instance re-using the same options given to the current client with optional overriding.
   */
  withOptions(options) {
    const client = new this.constructor({
      ...this._options,
      baseURL: this.baseURL,
      maxRetries: this.maxRetries,
      timeout: this.timeout,
      logger: this.logger,
      logLevel: this.logLevel,
      fetch: this.fetch,
      fetchOptions: this.fetchOptions,
      apiKey: this.apiKey,
      organization: this.organization,
      project: this.project,
      webhookSecret: this.webhookSecret,
      ...options
    });
    return client;
  }
  defaultQuery() {
    return this._options.defaultQuery;
  }
  validateHeaders({ values, nulls }) {
    return;
  }
  async authHeaders(opts) {
    return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);
  }
  stringifyQuery(query) {
    return stringifyQuery(query);
  }
  getUserAgent() {
    return `${this.constructor.name}/JS ${VERSION}`;
  }
  defaultIdempotencyKey() {
    return `stainless-node-retry-${uuid4()}`;
  }
  makeStatusError(status, error, message, headers) {
    return APIError.generate(status, error, message, headers);
  }
  async _callApiKey() {
    const apiKey = this._options.apiKey;
    if (typeof apiKey !== "function")
      return false;
    let token;
    try {
      token = await apiKey();
    } catch (err) {
      if (err instanceof OpenAIError)
        throw err;
      throw new OpenAIError(
        `Failed to get token from 'apiKey' function: ${err.message}`,
        // @ts-ignore
        { cause: err }
      );
    }
    if (typeof token !== "string" || !token) {
      throw new OpenAIError(`Expected 'apiKey' function argument to return a string but it returned ${token}`);
    }
    this.apiKey = token;
    return true;
  }
  buildURL(path2, query, defaultBaseURL) {
    const baseURL = !__classPrivateFieldGet(this, _OpenAI_instances, "m", _OpenAI_baseURLOverridden).call(this) && defaultBaseURL || this.baseURL;
    const url = isAbsoluteURL(path2) ? new URL(path2) : new URL(baseURL + (baseURL.endsWith("/") && path2.startsWith("/") ? path2.slice(1) : path2));
    const defaultQuery = this.defaultQuery();
    const pathQuery = Object.fromEntries(url.searchParams);
    if (!isEmptyObj(defaultQuery) || !isEmptyObj(pathQuery)) {
      query = { ...pathQuery, ...defaultQuery, ...query };
    }
    if (typeof query === "object" && query && !Array.isArray(query)) {
      url.search = this.stringifyQuery(query);
    }
    return url.toString();
  }
  /**
   * Used as a callback for mutating the given `FinalRequestOptions` object.
   */
  async prepareOptions(options) {
    await this._callApiKey();
  }
  /**
   * Used as a callback for mutating the given `RequestInit` object.
   *
   * This is useful for cases where you want to add certain headers based off of
   * the request properties, e.g. `method` or `url`.
   */
  async prepareRequest(request, { url, options }) {
  }
  get(path2, opts) {
    return this.methodRequest("get", path2, opts);
  }
  post(path2, opts) {
    return this.methodRequest("post", path2, opts);
  }
  patch(path2, opts) {
    return this.methodRequest("patch", path2, opts);
  }
  put(path2, opts) {
    return this.methodRequest("put", path2, opts);
  }
  delete(path2, opts) {
    return this.methodRequest("delete", path2, opts);
  }
  methodRequest(method, path2, opts) {
    return this.request(Promise.resolve(opts).then((opts2) => {
      return { method, path: path2, ...opts2 };
    }));
  }
  request(options, remainingRetries = null) {
    return new APIPromise(this, this.makeRequest(options, remainingRetries, void 0));
  }
  async makeRequest(optionsInput, retriesRemaining, retryOfRequestLogID) {
    const options = await optionsInput;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    if (retriesRemaining == null) {
      retriesRemaining = maxRetries;
    }
    await this.prepareOptions(options);
    const { req, url, timeout } = await this.buildRequest(options, {
      retryCount: maxRetries - retriesRemaining
    });
    await this.prepareRequest(req, { url, options });
    const requestLogID = "log_" + (Math.random() * (1 << 24) | 0).toString(16).padStart(6, "0");
    const retryLogStr = retryOfRequestLogID === void 0 ? "" : `, retryOf: ${retryOfRequestLogID}`;
    const startTime = Date.now();
    loggerFor(this).debug(`[${requestLogID}] sending request`, formatRequestDetails({
      retryOfRequestLogID,
      method: options.method,
      url,
      options,
      headers: req.headers
    }));
    if (options.signal?.aborted) {
      throw new APIUserAbortError();
    }
    const controller = new AbortController();
    const response = await this.fetchWithTimeout(url, req, timeout, controller).catch(castToError);
    const headersTime = Date.now();
    if (response instanceof globalThis.Error) {
      const retryMessage = `retrying, ${retriesRemaining} attempts remaining`;
      if (options.signal?.aborted) {
        throw new APIUserAbortError();
      }
      const isTimeout = isAbortError(response) || /timed? ?out/i.test(String(response) + ("cause" in response ? String(response.cause) : ""));
      if (retriesRemaining) {
        loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - ${retryMessage}`);
        loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (${retryMessage})`, formatRequestDetails({
          retryOfRequestLogID,
          url,
          durationMs: headersTime - startTime,
          message: response.message
        }));
        return this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID);
      }
      loggerFor(this).info(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} - error; no more retries left`);
      loggerFor(this).debug(`[${requestLogID}] connection ${isTimeout ? "timed out" : "failed"} (error; no more retries left)`, formatRequestDetails({
        retryOfRequestLogID,
        url,
        durationMs: headersTime - startTime,
        message: response.message
      }));
      if (isTimeout) {
        throw new APIConnectionTimeoutError();
      }
      throw new APIConnectionError({ cause: response });
    }
    const specialHeaders = [...response.headers.entries()].filter(([name]) => name === "x-request-id").map(([name, value]) => ", " + name + ": " + JSON.stringify(value)).join("");
    const responseInfo = `[${requestLogID}${retryLogStr}${specialHeaders}] ${req.method} ${url} ${response.ok ? "succeeded" : "failed"} with status ${response.status} in ${headersTime - startTime}ms`;
    if (!response.ok) {
      const shouldRetry = await this.shouldRetry(response);
      if (retriesRemaining && shouldRetry) {
        const retryMessage2 = `retrying, ${retriesRemaining} attempts remaining`;
        await CancelReadableStream(response.body);
        loggerFor(this).info(`${responseInfo} - ${retryMessage2}`);
        loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage2})`, formatRequestDetails({
          retryOfRequestLogID,
          url: response.url,
          status: response.status,
          headers: response.headers,
          durationMs: headersTime - startTime
        }));
        return this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID, response.headers);
      }
      const retryMessage = shouldRetry ? `error; no more retries left` : `error; not retryable`;
      loggerFor(this).info(`${responseInfo} - ${retryMessage}`);
      const errText = await response.text().catch((err2) => castToError(err2).message);
      const errJSON = safeJSON(errText);
      const errMessage = errJSON ? void 0 : errText;
      loggerFor(this).debug(`[${requestLogID}] response error (${retryMessage})`, formatRequestDetails({
        retryOfRequestLogID,
        url: response.url,
        status: response.status,
        headers: response.headers,
        message: errMessage,
        durationMs: Date.now() - startTime
      }));
      const err = this.makeStatusError(response.status, errJSON, errMessage, response.headers);
      throw err;
    }
    loggerFor(this).info(responseInfo);
    loggerFor(this).debug(`[${requestLogID}] response start`, formatRequestDetails({
      retryOfRequestLogID,
      url: response.url,
      status: response.status,
      headers: response.headers,
      durationMs: headersTime - startTime
    }));
    return { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
  }
  getAPIList(path2, Page2, opts) {
    return this.requestAPIList(Page2, opts && "then" in opts ? opts.then((opts2) => ({ method: "get", path: path2, ...opts2 })) : { method: "get", path: path2, ...opts });
  }
  requestAPIList(Page2, options) {
    const request = this.makeRequest(options, null, void 0);
    return new PagePromise(this, request, Page2);
  }
  async fetchWithTimeout(url, init, ms, controller) {
    const { signal, method, ...options } = init || {};
    const abort = this._makeAbort(controller);
    if (signal)
      signal.addEventListener("abort", abort, { once: true });
    const timeout = setTimeout(abort, ms);
    const isReadableBody = globalThis.ReadableStream && options.body instanceof globalThis.ReadableStream || typeof options.body === "object" && options.body !== null && Symbol.asyncIterator in options.body;
    const fetchOptions = {
      signal: controller.signal,
      ...isReadableBody ? { duplex: "half" } : {},
      method: "GET",
      ...options
    };
    if (method) {
      fetchOptions.method = method.toUpperCase();
    }
    try {
      return await this.fetch.call(void 0, url, fetchOptions);
    } finally {
      clearTimeout(timeout);
    }
  }
  async shouldRetry(response) {
    const shouldRetryHeader = response.headers.get("x-should-retry");
    if (shouldRetryHeader === "true")
      return true;
    if (shouldRetryHeader === "false")
      return false;
    if (response.status === 408)
      return true;
    if (response.status === 409)
      return true;
    if (response.status === 429)
      return true;
    if (response.status >= 500)
      return true;
    return false;
  }
  async retryRequest(options, retriesRemaining, requestLogID, responseHeaders) {
    let timeoutMillis;
    const retryAfterMillisHeader = responseHeaders?.get("retry-after-ms");
    if (retryAfterMillisHeader) {
      const timeoutMs = parseFloat(retryAfterMillisHeader);
      if (!Number.isNaN(timeoutMs)) {
        timeoutMillis = timeoutMs;
      }
    }
    const retryAfterHeader = responseHeaders?.get("retry-after");
    if (retryAfterHeader && !timeoutMillis) {
      const timeoutSeconds = parseFloat(retryAfterHeader);
      if (!Number.isNaN(timeoutSeconds)) {
        timeoutMillis = timeoutSeconds * 1e3;
      } else {
        timeoutMillis = Date.parse(retryAfterHeader) - Date.now();
      }
    }
    if (timeoutMillis === void 0) {
      const maxRetries = options.maxRetries ?? this.maxRetries;
      timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);
    }
    await sleep(timeoutMillis);
    return this.makeRequest(options, retriesRemaining - 1, requestLogID);
  }
  calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries) {
    const initialRetryDelay = 0.5;
    const maxRetryDelay = 8;
    const numRetries = maxRetries - retriesRemaining;
    const sleepSeconds = Math.min(initialRetryDelay * Math.pow(2, numRetries), maxRetryDelay);
    const jitter = 1 - Math.random() * 0.25;
    return sleepSeconds * jitter * 1e3;
  }
  async buildRequest(inputOptions, { retryCount = 0 } = {}) {
    const options = { ...inputOptions };
    const { method, path: path2, query, defaultBaseURL } = options;
    const url = this.buildURL(path2, query, defaultBaseURL);
    if ("timeout" in options)
      validatePositiveInteger("timeout", options.timeout);
    options.timeout = options.timeout ?? this.timeout;
    const { bodyHeaders, body } = this.buildBody({ options });
    const reqHeaders = await this.buildHeaders({ options: inputOptions, method, bodyHeaders, retryCount });
    const req = {
      method,
      headers: reqHeaders,
      ...options.signal && { signal: options.signal },
      ...globalThis.ReadableStream && body instanceof globalThis.ReadableStream && { duplex: "half" },
      ...body && { body },
      ...this.fetchOptions ?? {},
      ...options.fetchOptions ?? {}
    };
    return { req, url, timeout: options.timeout };
  }
  async buildHeaders({ options, method, bodyHeaders, retryCount }) {
    let idempotencyHeaders = {};
    if (this.idempotencyHeader && method !== "get") {
      if (!options.idempotencyKey)
        options.idempotencyKey = this.defaultIdempotencyKey();
      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;
    }
    const headers = buildHeaders([
      idempotencyHeaders,
      {
        Accept: "application/json",
        "User-Agent": this.getUserAgent(),
        "X-Stainless-Retry-Count": String(retryCount),
        ...options.timeout ? { "X-Stainless-Timeout": String(Math.trunc(options.timeout / 1e3)) } : {},
        ...getPlatformHeaders(),
        "OpenAI-Organization": this.organization,
        "OpenAI-Project": this.project
      },
      await this.authHeaders(options),
      this._options.defaultHeaders,
      bodyHeaders,
      options.headers
    ]);
    this.validateHeaders(headers);
    return headers.values;
  }
  _makeAbort(controller) {
    return () => controller.abort();
  }
  buildBody({ options: { body, headers: rawHeaders } }) {
    if (!body) {
      return { bodyHeaders: void 0, body: void 0 };
    }
    const headers = buildHeaders([rawHeaders]);
    if (
      // Pass raw type verbatim
      ArrayBuffer.isView(body) || body instanceof ArrayBuffer || body instanceof DataView || typeof body === "string" && // Preserve legacy string encoding behavior for now
      headers.values.has("content-type") || // `Blob` is superset of `File`
      globalThis.Blob && body instanceof globalThis.Blob || // `FormData` -> `multipart/form-data`
      body instanceof FormData || // `URLSearchParams` -> `application/x-www-form-urlencoded`
      body instanceof URLSearchParams || // Send chunked stream (each chunk has own `length`)
      globalThis.ReadableStream && body instanceof globalThis.ReadableStream
    ) {
      return { bodyHeaders: void 0, body };
    } else if (typeof body === "object" && (Symbol.asyncIterator in body || Symbol.iterator in body && "next" in body && typeof body.next === "function")) {
      return { bodyHeaders: void 0, body: ReadableStreamFrom(body) };
    } else if (typeof body === "object" && headers.values.get("content-type") === "application/x-www-form-urlencoded") {
      return {
        bodyHeaders: { "content-type": "application/x-www-form-urlencoded" },
        body: this.stringifyQuery(body)
      };
    } else {
      return __classPrivateFieldGet(this, _OpenAI_encoder, "f").call(this, { body, headers });
    }
  }
};
_a2 = OpenAI, _OpenAI_encoder = /* @__PURE__ */ new WeakMap(), _OpenAI_instances = /* @__PURE__ */ new WeakSet(), _OpenAI_baseURLOverridden = function _OpenAI_baseURLOverridden2() {
  return this.baseURL !== "https://api.openai.com/v1";
};
OpenAI.OpenAI = _a2;
OpenAI.DEFAULT_TIMEOUT = 6e5;
OpenAI.OpenAIError = OpenAIError;
OpenAI.APIError = APIError;
OpenAI.APIConnectionError = APIConnectionError;
OpenAI.APIConnectionTimeoutError = APIConnectionTimeoutError;
OpenAI.APIUserAbortError = APIUserAbortError;
OpenAI.NotFoundError = NotFoundError;
OpenAI.ConflictError = ConflictError;
OpenAI.RateLimitError = RateLimitError;
OpenAI.BadRequestError = BadRequestError;
OpenAI.AuthenticationError = AuthenticationError;
OpenAI.InternalServerError = InternalServerError;
OpenAI.PermissionDeniedError = PermissionDeniedError;
OpenAI.UnprocessableEntityError = UnprocessableEntityError;
OpenAI.InvalidWebhookSignatureError = InvalidWebhookSignatureError;
OpenAI.toFile = toFile;
OpenAI.Completions = Completions2;
OpenAI.Chat = Chat;
OpenAI.Embeddings = Embeddings;
OpenAI.Files = Files2;
OpenAI.Images = Images;
OpenAI.Audio = Audio;
OpenAI.Moderations = Moderations;
OpenAI.Models = Models;
OpenAI.FineTuning = FineTuning;
OpenAI.Graders = Graders2;
OpenAI.VectorStores = VectorStores;
OpenAI.Webhooks = Webhooks;
OpenAI.Beta = Beta;
OpenAI.Batches = Batches;
OpenAI.Uploads = Uploads;
OpenAI.Responses = Responses;
OpenAI.Realtime = Realtime2;
OpenAI.Conversations = Conversations;
OpenAI.Evals = Evals;
OpenAI.Containers = Containers;
OpenAI.Skills = Skills;
OpenAI.Videos = Videos;

// src/providers/openai.ts
var STATES2 = {
  queued: "queued",
  in_progress: "running",
  completed: "completed",
  failed: "failed"
};
function videoStatus(video, headers) {
  const state = STATES2[video.status] ?? "running";
  const pause3 = rateLimitPauseMs(headers);
  return {
    state,
    rawStatus: video.status,
    progress: typeof video.progress === "number" ? video.progress : void 0,
    error: video.error ? { code: video.error.code || "failed", message: video.error.message || "generation failed" } : void 0,
    expiresAt: typeof video.expires_at === "number" ? video.expires_at * 1e3 : void 0,
    pollAfterMs: pause3
  };
}
function checkedVideo(data, what) {
  const video = asRecord(data);
  if (video && typeof video.id === "string" && video.id !== "" && typeof video.status === "string") return data;
  throw answerError(data, `the API answered the ${what} without a video id and status`);
}
function listedVideo(video) {
  const raw = video;
  if (typeof raw !== "object" || raw === null || typeof raw.id !== "string" || raw.id === "") return void 0;
  const text = (value) => typeof value === "string" && value !== "" ? value : void 0;
  const created = typeof raw.created_at === "number" && Number.isFinite(raw.created_at) ? raw.created_at * 1e3 : void 0;
  const seconds3 = typeof raw.seconds === "number" && Number.isFinite(raw.seconds) ? String(raw.seconds) : text(raw.seconds);
  return {
    id: raw.id,
    ...created === void 0 ? {} : { createdAtMs: created },
    ...text(raw.prompt) === void 0 ? {} : { prompt: text(raw.prompt) },
    ...text(raw.model) === void 0 ? {} : { model: text(raw.model) },
    ...seconds3 === void 0 ? {} : { seconds: seconds3 },
    ...text(raw.size) === void 0 ? {} : { size: text(raw.size) }
  };
}
function mapOpenAIError(error) {
  if (error instanceof APIUserAbortError) return error;
  if (error instanceof APIConnectionError && error.cause instanceof ProviderError) return error.cause;
  if (error instanceof APIConnectionTimeoutError) return new ProviderError("timeout", "request timed out");
  if (error instanceof APIConnectionError) {
    const unreachable = unreachableCause(error);
    if (unreachable) return new ProviderError("unreachable", `cannot reach the API: ${unreachable.message}`, { code: unreachable.code });
    return new ProviderError("connection", `connection failed: ${error.cause instanceof Error ? error.cause.message : error.message}`);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const body = error.error;
    const message = typeof body?.message === "string" ? body.message : error.message;
    return new ProviderError(kindForStatus(error.status), message, {
      status: error.status,
      code: error.code ?? void 0,
      retryAfterMs: retryAfterMs(error.headers),
      requestsPerMinute: requestsPerMinute(error.headers)
    });
  }
  return error;
}
async function mapped(call) {
  try {
    return await call();
  } catch (error) {
    throw mapOpenAIError(error);
  }
}
function createOpenAIProvider(options) {
  const timeout = options.requestTimeoutMs ?? 6e4;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    maxRetries: 0,
    timeout,
    fetch: (input, init) => guarded(input, init)
  });
  const guarded = guardedFetch(
    { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(client.baseURL) },
    timeout,
    (url) => /\/videos\/[^/]+\/content$/.test(url.pathname)
  );
  const downloadContent = (remoteId, variant, signal) => mapped(async () => {
    const response = await client.videos.downloadContent(remoteId, { variant }, { signal });
    if (!response.body) throw new ProviderError("server", "download answered with no body");
    const encoding = response.headers.get("content-encoding");
    const length = Number(response.headers.get("content-length"));
    const known = (encoding === null || encoding === "identity") && Number.isFinite(length) && length > 0;
    const type = response.headers.get("content-type");
    return { body: response.body, ...known ? { contentLength: length } : {}, ...type === null ? {} : { contentType: type } };
  });
  return {
    name: "openai",
    async submit(job, remixOfVideoId, signal, sending) {
      return mapped(async () => {
        if (remixOfVideoId !== void 0) {
          sending?.();
          const { data: data2, response: response2 } = await client.videos.remix(remixOfVideoId, { prompt: job.prompt }, { signal }).withResponse();
          const video2 = checkedVideo(data2, "remix");
          return { remoteId: video2.id, status: videoStatus(video2, response2.headers) };
        }
        const body = { prompt: job.prompt, model: job.model };
        if (job.seconds !== void 0) body.seconds = String(job.seconds);
        if (job.size !== void 0) body.size = job.size;
        if (job.inputReference !== void 0) {
          const image2 = await uploadImage(job.inputReference);
          body.input_reference = await toFile(image2.bytes, image2.name, { type: image2.mimeType });
        }
        sending?.();
        const { data, response } = await client.videos.create(body, { signal }).withResponse().catch((error) => {
          throw asModelRetired(job, mapOpenAIError(error));
        });
        const video = checkedVideo(data, "create");
        return { remoteId: video.id, status: videoStatus(video, response.headers) };
      });
    },
    async listStatuses(signal) {
      return mapped(async () => {
        const { data: page, response } = await client.videos.list({ limit: 100, order: "desc" }, { signal }).withResponse();
        const videos = (Array.isArray(page.data) ? page.data : []).filter((video) => asRecord(video) && typeof video.id === "string" && typeof video.status === "string");
        return new Map(videos.map((video) => [video.id, videoStatus(video, response.headers)]));
      });
    },
    async status(remoteId, signal) {
      return mapped(async () => {
        const { data, response } = await client.videos.retrieve(remoteId, { signal }).withResponse();
        return videoStatus(checkedVideo(data, "status request"), response.headers);
      });
    },
    async download(remoteId, _status, signal) {
      return downloadContent(remoteId, "video", signal);
    },
    async downloadVariant(remoteId, variant, signal) {
      return downloadContent(remoteId, variant, signal);
    },
    async findSubmitted(_job, sinceMs, signal) {
      return mapped(async () => {
        const videos = [];
        let page = await client.videos.list({ limit: 100, order: "desc" }, { signal });
        for (let pages = 1; ; pages++) {
          const items2 = page.data.flatMap((video) => listedVideo(video) ?? []);
          videos.push(...items2);
          const oldest = items2.at(-1)?.createdAtMs;
          if (items2.length === 0 || oldest !== void 0 && oldest < sinceMs) return { videos, truncated: false };
          if (!page.hasNextPage()) return { videos, truncated: items2.length >= 100 };
          if (pages >= 5) return { videos, truncated: true };
          page = await page.getNextPage();
        }
      });
    }
  };
}

// src/providers/redacting.ts
function redactingProvider(provider, secrets) {
  const text = (value) => redactSecrets(value, secrets);
  const status = (s) => ({
    ...s,
    rawStatus: text(s.rawStatus),
    ...s.error ? { error: { code: text(s.error.code), message: text(s.error.message) } } : {}
  });
  const submitted = (result) => ({ ...result, remoteId: text(result.remoteId), status: status(result.status) });
  const guarded = async (call) => {
    try {
      return await call();
    } catch (error) {
      throw redactedError(error, text);
    }
  };
  const wrapped = {
    name: provider.name,
    submit: (...args) => guarded(async () => submitted(await provider.submit(...args))),
    status: (...args) => guarded(async () => status(await provider.status(...args))),
    download: (...args) => guarded(() => provider.download(...args))
  };
  const { restore, listStatuses, downloadVariant, findSubmitted, preflight } = provider;
  if (restore) wrapped.restore = (...args) => restore.apply(provider, args);
  if (listStatuses) {
    wrapped.listStatuses = (...args) => guarded(async () => new Map([...await listStatuses.apply(provider, args)].map(([id, s]) => [text(id), status(s)])));
  }
  if (downloadVariant) wrapped.downloadVariant = (...args) => guarded(() => downloadVariant.apply(provider, args));
  if (findSubmitted) wrapped.findSubmitted = (...args) => guarded(async () => redactedValue(await findSubmitted.apply(provider, args), text));
  if (preflight) wrapped.preflight = (...args) => guarded(() => preflight.apply(provider, args));
  return wrapped;
}
function redactedValue(value, text) {
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) return value.map((item) => redactedValue(item, text));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [redactedValue(k, text), redactedValue(v, text)]));
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactedValue(v, text)]));
  }
  return value;
}
function redactedError(error, text) {
  if (!(error instanceof Error)) return error;
  try {
    if (text(error.message) !== error.message) error.message = text(error.message);
    if (error.stack !== void 0 && text(error.stack) !== error.stack) error.stack = text(error.stack);
    const code = error instanceof ProviderError ? error.details.code : void 0;
    if (code !== void 0 && text(code) !== code) Object.assign(error, { details: { ...error.details, code: text(code) } });
  } catch {
    return new Error(text(error.message));
  }
  return error;
}

// src/providers/registry.ts
var ENV_PREFIX = {
  openai: "OPENAI",
  "openai-generations": "OPENAI",
  veo: "GEMINI",
  seedance: "ARK"
};
var KEY_ENV_FALLBACK = { veo: "GOOGLE_API_KEY" };
function defaultKeyEnv(provider, env) {
  const primary = `${ENV_PREFIX[provider]}_API_KEY`;
  const fallback = KEY_ENV_FALLBACK[provider];
  return !nonEmpty(env[primary]) && fallback !== void 0 && nonEmpty(env[fallback]) ? fallback : primary;
}
function endpointFor(job, env, baseUrlOverride) {
  const prefix = ENV_PREFIX[job.provider];
  const fromFlag = prefix === "OPENAI" ? baseUrlOverride : void 0;
  const baseUrl = job.baseUrl ?? fromFlag ?? nonEmpty(env[`${prefix}_BASE_URL`]);
  return { provider: job.provider, baseUrl, apiKeyEnv: job.apiKeyEnv ?? defaultKeyEnv(job.provider, env) };
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
var ProviderPool = class {
  constructor(options) {
    this.options = options;
  }
  options;
  cache = /* @__PURE__ */ new Map();
  secrets = /* @__PURE__ */ new Set();
  get(endpoint) {
    const key = JSON.stringify(endpoint);
    let entry = this.cache.get(key);
    if (!entry) {
      entry = { endpoint, provider: redactingProvider(this.create(endpoint), this.secrets) };
      this.cache.set(key, entry);
    }
    return entry.provider;
  }
  /** The distinct endpoints built so far, each with its provider. */
  entries() {
    return [...this.cache.values()];
  }
  create(endpoint) {
    const apiKey = nonEmpty(this.options.env[endpoint.apiKeyEnv]);
    if (!apiKey) throw new ConfigError(`${endpoint.apiKeyEnv} is not set; export it with your API key`);
    this.secrets.add(apiKey);
    const provider = this.build(endpoint, apiKey);
    const preflight = preflightFor({ provider: endpoint.provider, baseUrl: endpoint.baseUrl, apiKey, fetch: this.options.fetch });
    return preflight ? { ...provider, preflight } : provider;
  }
  build(endpoint, apiKey) {
    const common = { apiKey, fetch: this.options.fetch, requestTimeoutMs: this.options.requestTimeoutMs };
    switch (endpoint.provider) {
      case "openai":
        return createOpenAIProvider({ ...common, baseUrl: endpoint.baseUrl });
      case "openai-generations":
        if (!endpoint.baseUrl) {
          throw new ConfigError(`provider "openai-generations" needs the gateway's base URL: set OPENAI_BASE_URL, --base-url or base_url (e.g. https://api.agentsflare.com/v1)`);
        }
        return createGenerationsProvider({ ...common, baseUrl: checkedBaseUrl(endpoint) });
      case "veo":
        return createVeoProvider({ ...common, baseUrl: endpoint.baseUrl && checkedBaseUrl(endpoint) });
      case "seedance":
        return createSeedanceProvider({ ...common, baseUrl: endpoint.baseUrl && checkedBaseUrl(endpoint) });
    }
  }
};
function checkedBaseUrl(endpoint) {
  const text = endpoint.baseUrl ?? "";
  checkBaseUrl(text, `the base URL of provider "${endpoint.provider}" (--base-url, the *_BASE_URL variable or the manifest's base_url)`);
  return text;
}
function baseUrlProblem(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "is not a URL";
  }
  if (url.username !== "" || url.password !== "") return "must not contain a user name or password (put the key in the API key variable instead)";
  if (url.protocol !== "https:" && url.protocol !== "http:") return `has the scheme ${url.protocol.replace(/[^a-z0-9+.:-]/gi, "")}, not http or https`;
  return void 0;
}
function checkBaseUrl(text, from) {
  if (text === void 0) return;
  const problem = baseUrlProblem(text.trim());
  if (problem) throw new ConfigError(`${from} ${problem}; give the API's full base URL, e.g. https://api.openai.com/v1; nothing was sent`);
}
function checkEnvBaseUrls(jobs, env, baseUrlOverride) {
  const read = /* @__PURE__ */ new Set();
  for (const job of jobs) {
    const prefix = ENV_PREFIX[job.provider];
    if (job.baseUrl === void 0 && !(prefix === "OPENAI" && baseUrlOverride !== void 0)) read.add(`${prefix}_BASE_URL`);
  }
  for (const name of read) checkBaseUrl(nonEmpty(env[name]), name);
}
function missingKeys(endpoints, env) {
  const missing = [...new Set(endpoints.map((e) => e.apiKeyEnv))].filter((name) => !nonEmpty(env[name]));
  if (missing.length === 0) return void 0;
  return `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set: export the API key${missing.length === 1 ? "" : "s"} (or use --simulate to try the pipeline without one)`;
}

// src/cost/prices.ts
function rateFor(table, size) {
  if (typeof table === "number") return table;
  return (size !== void 0 ? table[size] : void 0) ?? table.default;
}
function estimateJob(job, overrides = {}, models2) {
  const list2 = listPrice(job.provider, job.model, models2);
  const seconds3 = job.seconds ?? list2?.defaultSeconds ?? 0;
  const override = overrides[job.model];
  const rate = override !== void 0 ? rateFor(override, job.size) : list2 ? rateFor(list2.usdPerSecond, job.size) : void 0;
  if (rate === void 0 || seconds3 === 0) return { seconds: seconds3 };
  return { usd: Math.round(rate * seconds3 * 1e4) / 1e4, seconds: seconds3 };
}
function totalCost(estimates) {
  let usd2 = 0;
  let unpriced = 0;
  for (const e of estimates) {
    if (e.usd === void 0) unpriced++;
    else usd2 += e.usd;
  }
  return { usd: Math.round(usd2 * 100) / 100, unpriced };
}
function formatUsd(usd2) {
  return `$${usd2.toFixed(2)}`;
}

// src/runner/lock.ts
import { createHash as createHash3, randomBytes } from "node:crypto";
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
function readText(path2) {
  try {
    return readFileSync(path2, "utf8");
  } catch {
    return void 0;
  }
}
function bootId() {
  return readText("/proc/sys/kernel/random/boot_id")?.trim() || void 0;
}
function processStart(pid) {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === void 0) return void 0;
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function ownerRuns(owner, host, boot) {
  if (owner.host !== void 0 && owner.host !== host) return true;
  if (typeof owner.pid !== "number") return false;
  if (owner.bootId !== void 0 && boot !== void 0 && owner.bootId !== boot) return false;
  if (!alive(owner.pid)) return false;
  const started = owner.procStart === void 0 ? void 0 : processStart(owner.pid);
  return started === void 0 || started === owner.procStart;
}
function parseOwner(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null ? value : {};
  } catch {
    return {};
  }
}
function createWith(path2, text) {
  const temp = `${path2}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, text);
  try {
    linkSync(temp, path2);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}
function replaceWith(path2, text) {
  const temp = `${path2}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path2);
}
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function claim(path2, text, here, depth) {
  for (let tries = 0; tries < 200; tries++) {
    if (createWith(path2, text)) return void 0;
    const found = readText(path2);
    if (found === void 0) continue;
    const owner = parseOwner(found);
    if (ownerRuns(owner, here.host, here.boot)) return owner;
    if (depth >= 3) break;
    const marker = `${path2}.takeover-${owner.token ?? createHash3("sha256").update(found).digest("hex").slice(0, 16)}`;
    if (claim(marker, text, here, depth + 1) !== void 0) {
      pause(10);
      continue;
    }
    try {
      if (readText(path2) === found) {
        replaceWith(path2, text);
        return void 0;
      }
    } finally {
      rmSync(marker, { force: true });
    }
  }
  throw new ConfigError(`could not take the lock ${path2}; if no video-batch run is using the folder, delete it (and any ${path2}.takeover-* beside it)`);
}
function lockFolder(path2, now = Date.now) {
  const here = { host: hostname(), boot: bootId() };
  const start = processStart(process.pid);
  const me = {
    pid: process.pid,
    host: here.host,
    startedAt: new Date(now()).toISOString(),
    ...here.boot === void 0 ? {} : { bootId: here.boot },
    ...start === void 0 ? {} : { procStart: start },
    token: randomBytes(12).toString("hex")
  };
  const owner = claim(path2, JSON.stringify(me), here, 0);
  if (owner) {
    throw new ConfigError(
      `another video-batch run (pid ${owner.pid ?? "?"} on ${owner.host ?? "?"}, started ${owner.startedAt ?? "?"}) is using this output folder; wait for it to finish, or use another --out (if it is gone, delete ${path2})`
    );
  }
  return () => {
    if (parseOwner(readText(path2) ?? "").token === me.token) rmSync(path2, { force: true });
  };
}

// src/report/report.ts
var REPORT_SCHEMA_VERSION = 1;
var SIMULATED_COST = "simulated: nothing was billed";
function countStatuses(jobs) {
  const counts = Object.fromEntries(JOB_OUTCOMES.map((s) => [s, 0]));
  for (const job of jobs) counts[job.status]++;
  return counts;
}
function buildReport(input) {
  const jobs = input.jobs.map((job) => ({ ...job, estimatedCostUsd: input.estimates?.get(job.id)?.usd ?? null }));
  const cost = totalCost(input.estimates?.values() ?? []);
  const counts = countStatuses(input.jobs);
  const videoSeconds = input.jobs.filter((j) => j.status === "completed" || j.status === "skipped").reduce((sum, j) => sum + (j.seconds ?? 0), 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    manifest: input.manifest,
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
    interrupted: input.interrupted,
    simulated: input.simulated ?? false,
    summary: { total: input.jobs.length, ...counts, videoSeconds, estimatedCostUsd: cost.usd, unpricedJobs: cost.unpriced },
    jobs
  };
}

// src/report/overview.ts
function renderOverview(report, options = {}) {
  const { summary } = report;
  const lines = ["## Overview", ""];
  const counts = JOB_OUTCOMES.filter((status) => summary[status] > 0).map((status) => `${summary[status]} ${status.replace("_", " ")}`);
  lines.push(`- **Status**: ${counts.join(", ") || "no jobs"} (${summary.total} ${summary.total === 1 ? "job" : "jobs"})`);
  lines.push(`- **Video**: ${summary.videoSeconds} s generated`);
  const cost = costLine(summary, report.simulated === true);
  if (cost) lines.push(`- **Estimated cost**: ${cost}`);
  const wall = formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
  if (wall) lines.push(`- **Wall time**: ${wall}`);
  const slowest = report.jobs.filter((job) => job.durationMs !== null).sort((a, b) => (b.durationMs ?? 0) - (a.durationMs ?? 0) || a.id.localeCompare(b.id)).slice(0, options.slowest ?? 3);
  if (slowest.length > 0) {
    lines.push(`- **Slowest**: ${slowest.map((job) => `${codeSpan(job.id)} ${formatDuration(job.durationMs)}${job.status === "completed" ? "" : ` (${job.status.replace("_", " ")})`}`).join(", ")}`);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const job of report.jobs) {
    if (!job.error) continue;
    const group = groups.get(job.error.code) ?? { ids: [], message: job.error.message };
    group.ids.push(job.id);
    groups.set(job.error.code, group);
  }
  if (groups.size > 0) {
    lines.push("- **Failures by error code**:");
    const limit2 = options.idsPerCode ?? 5;
    const ordered = [...groups].sort(([a, x], [b, y]) => y.ids.length - x.ids.length || a.localeCompare(b));
    for (const [code, { ids, message }] of ordered) {
      const shown = ids.slice(0, limit2).map(codeSpan).join(", ");
      const more = ids.length > limit2 ? ` and ${ids.length - limit2} more` : "";
      lines.push(`  - ${codeSpan(code)} \xD7 ${ids.length}: ${shown}${more} (e.g. ${escapeCell(message)})`);
    }
  }
  lines.push("");
  return lines;
}
function costLine(summary, simulated) {
  if (typeof summary.estimatedCostUsd !== "number") return void 0;
  const unpriced = summary.unpricedJobs ?? 0;
  const usd2 = `$${summary.estimatedCostUsd.toFixed(2)}${simulated ? ` (${SIMULATED_COST})` : ""}`;
  return unpriced > 0 ? `${usd2} (${unpriced} ${unpriced === 1 ? "job" : "jobs"} without a known price not counted)` : usd2;
}

// src/report/markdown.ts
function escapeCell(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]#~|]/g, (m) => `\\${m}`).replace(/\r?\n/g, " ");
}
function codeSpan(text) {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}\``;
}
function formatDuration(ms) {
  if (ms === null) return "";
  const s = Math.round(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
var ORDER = JOB_OUTCOMES;
function* markdownChunks(report) {
  const { summary } = report;
  const head = [];
  head.push(`# video-batch report`, "");
  const counts = ORDER.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s.replace("_", " ")}`);
  head.push(`**${summary.total} jobs**: ${counts.join(", ") || "none"}${report.interrupted ? " (run interrupted; run again to finish)" : ""}`, "");
  head.push(`Manifest ${codeSpan(report.manifest)}, ${report.startedAt} to ${report.finishedAt}.`, "");
  head.push(...renderOverview(report));
  yield `${head.join("\n")}
`;
  const failures = report.jobs.filter((j) => j.error);
  if (failures.length > 0) {
    yield "## Failures\n\n";
    for (const job of failures) yield `- **${escapeCell(job.id)}**: ${codeSpan(job.error.code)} ${escapeCell(job.error.message)}
`;
    yield "\n";
  }
  yield "## Jobs\n\n";
  yield "| id | status | video id | model | seconds | size | time | error |\n";
  yield "| --- | --- | --- | --- | --- | --- | --- | --- |\n";
  for (const job of report.jobs) {
    const cells = [
      job.file ? `[${escapeCell(job.id)}](${encodeURI(job.file)})` : escapeCell(job.id),
      job.status,
      job.videoId ? codeSpan(job.videoId) : "",
      escapeCell(job.model),
      job.seconds === null ? "" : String(job.seconds),
      job.size ? escapeCell(job.size) : "",
      formatDuration(job.durationMs),
      job.error ? escapeCell(`${job.error.code}: ${job.error.message}`) : ""
    ];
    yield `| ${cells.join(" | ")} |
`;
  }
}

// src/report/html.ts
import { createHash as createHash4 } from "node:crypto";

// src/report/html-style.ts
var REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9;
  --surface: #ffffff;
  --surface-2: #f0f2f5;
  --text: #16181d;
  --muted: #5d6472;
  --faint: #8a91a0;
  --border: #e3e6eb;
  --accent: #4f46e5;
  --accent-soft: #eef0ff;
  --ok: #13795b;
  --ok-soft: #e3f5ee;
  --bad: #c0392b;
  --bad-soft: #fdecea;
  --warn: #9a6700;
  --warn-soft: #fff4d6;
  --idle: #5d6472;
  --idle-soft: #eceef2;
  --media: #0f1115;
  --shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 8%);
  --shadow-hover: 0 4px 12px rgb(16 24 40 / 10%), 0 2px 4px rgb(16 24 40 / 6%);
  --radius: 14px;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d0f13;
    --surface: #161920;
    --surface-2: #1e222b;
    --text: #e8eaef;
    --muted: #a2a9b8;
    --faint: #747c8c;
    --border: #272c36;
    --accent: #8b93ff;
    --accent-soft: #23264a;
    --ok: #4ccf9a;
    --ok-soft: #12302a;
    --bad: #ff7b6e;
    --bad-soft: #3a1c1a;
    --warn: #f0c24b;
    --warn-soft: #352a0e;
    --idle: #a2a9b8;
    --idle-soft: #232833;
    --media: #07080a;
    --shadow: 0 1px 2px rgb(0 0 0 / 40%);
    --shadow-hover: 0 6px 18px rgb(0 0 0 / 50%);
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-font-smoothing: antialiased;
}
.wrap { max-width: 1440px; margin: 0 auto; padding: 32px clamp(16px, 4vw, 40px) 48px; }
.top { display: flex; flex-wrap: wrap; align-items: flex-end; justify-content: space-between; gap: 12px 24px; }
.brand { display: flex; align-items: center; gap: 12px; min-width: 0; }
.logo {
  flex: none; width: 40px; height: 40px; border-radius: 11px; display: grid; place-items: center;
  background: linear-gradient(135deg, #6366f1, #a855f7 55%, #ec4899); color: #fff;
  box-shadow: 0 4px 14px rgb(99 102 241 / 35%);
}
h1 { margin: 0; font-size: 22px; line-height: 1.2; letter-spacing: -0.01em; }
.sub { margin: 2px 0 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.sub code { font-family: var(--mono); font-size: 12px; }
.banner {
  margin: 20px 0 0; padding: 10px 14px; border-radius: 10px;
  background: var(--warn-soft); color: var(--warn); font-weight: 500; font-size: 14px;
}
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin: 24px 0 0; padding: 0; }
.stat { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 12px 16px; box-shadow: var(--shadow); }
.stat dt { color: var(--muted); font-size: 12px; font-weight: 500; text-transform: uppercase; letter-spacing: 0.04em; }
.stat dd { margin: 2px 0 0; font-size: 24px; font-weight: 650; letter-spacing: -0.02em; font-variant-numeric: tabular-nums; }
.stat dd small { font-size: 13px; font-weight: 500; color: var(--muted); margin-left: 2px; }
.stat.ok dd { color: var(--ok); }
.stat.bad dd { color: var(--bad); }
.toolbar {
  position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 12px; align-items: center;
  justify-content: space-between; margin: 20px calc(-1 * clamp(16px, 4vw, 40px)) 0; padding: 12px clamp(16px, 4vw, 40px);
  background: color-mix(in srgb, var(--bg) 88%, transparent); backdrop-filter: blur(8px);
  border-bottom: 1px solid transparent;
}
.filters { display: flex; flex-wrap: wrap; gap: 6px; }
.filter {
  display: inline-flex; align-items: center; gap: 6px; height: 34px; padding: 0 12px; border-radius: 999px;
  border: 1px solid var(--border); background: var(--surface); color: var(--text); font: inherit; font-size: 13px;
  font-weight: 500; cursor: pointer; transition: background 120ms, border-color 120ms, color 120ms;
}
.filter:hover { border-color: var(--faint); }
.filter:focus-visible, .search:focus-visible, .prompt:focus-visible, a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.filter[aria-pressed="true"] { background: var(--text); border-color: var(--text); color: var(--bg); }
.filter .n { font-variant-numeric: tabular-nums; opacity: 0.7; }
.search {
  flex: 0 1 320px; min-width: 200px; height: 36px; padding: 0 12px 0 34px; border-radius: 10px;
  border: 1px solid var(--border); background: var(--surface); color: var(--text); font: inherit; font-size: 14px;
  background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='16' fill='none' stroke='%238a91a0' stroke-width='2' stroke-linecap='round' viewBox='0 0 24 24'%3E%3Ccircle cx='11' cy='11' r='7'/%3E%3Cpath d='m20 20-3.5-3.5'/%3E%3C/svg%3E");
  background-repeat: no-repeat; background-position: 11px center;
}
.search::placeholder { color: var(--faint); }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 20px; margin-top: 8px; }
.card {
  display: flex; flex-direction: column; min-width: 0; background: var(--surface); border: 1px solid var(--border);
  border-radius: var(--radius); overflow: hidden; box-shadow: var(--shadow); transition: box-shadow 160ms, transform 160ms;
}
.card:hover { box-shadow: var(--shadow-hover); transform: translateY(-1px); }
.media { position: relative; aspect-ratio: 16 / 9; overflow: hidden; background: var(--media); }
.media video { position: absolute; inset: 0; display: block; width: 100%; height: 100%; object-fit: contain; }
.media.idle { display: grid; place-items: center; background: linear-gradient(135deg, #1d2230, #10131a); }
.placeholder { display: grid; justify-items: center; gap: 8px; padding: 16px; text-align: center; color: #c6cbd6; font-size: 13px; }
.placeholder svg { opacity: 0.7; }
.media.problem {
  display: flex; flex-direction: column; justify-content: center; gap: 8px; padding: 18px 20px;
  background: var(--bad-soft); color: var(--bad); overflow: auto;
}
.media.problem.expired, .media.problem.timed_out { background: var(--warn-soft); color: var(--warn); }
.problem .code { display: inline-flex; align-items: center; gap: 8px; font: 600 12px/1.4 var(--mono); }
.problem .message { margin: 0; color: var(--text); font-size: 14px; line-height: 1.45; overflow-wrap: anywhere; white-space: pre-wrap; }
.body { display: flex; flex-direction: column; gap: 10px; padding: 14px 16px 16px; flex: 1; min-width: 0; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.badge {
  display: inline-flex; align-items: center; gap: 6px; height: 24px; padding: 0 10px; border-radius: 999px;
  font-size: 12px; font-weight: 600; background: var(--idle-soft); color: var(--idle);
}
.badge::before { content: ""; width: 6px; height: 6px; border-radius: 50%; background: currentColor; }
.badge.completed, .badge.skipped { background: var(--ok-soft); color: var(--ok); }
.badge.failed { background: var(--bad-soft); color: var(--bad); }
.badge.expired, .badge.timed_out { background: var(--warn-soft); color: var(--warn); }
.time { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; white-space: nowrap; }
.id {
  margin: 0; font: 600 14px/1.35 var(--mono); letter-spacing: -0.01em; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap;
}
.prompt {
  margin: 0; color: var(--muted); font-size: 14px; line-height: 1.5; cursor: pointer; overflow-wrap: anywhere;
  white-space: pre-line; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden;
}
.prompt.open { display: block; -webkit-line-clamp: unset; }
.meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 0; padding: 0; list-style: none; }
.meta li {
  padding: 2px 8px; border-radius: 6px; background: var(--surface-2); color: var(--muted); font-size: 12px;
  font-variant-numeric: tabular-nums; overflow-wrap: anywhere;
}
.meta li b { color: var(--text); font-weight: 600; }
.links {
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin-top: auto; padding-top: 10px;
  border-top: 1px solid var(--border); font-size: 12px;
}
.links a { color: var(--accent); text-decoration: none; font-weight: 500; }
.links a:hover { text-decoration: underline; }
.vid { margin-left: auto; color: var(--faint); font: 11px/1.4 var(--mono); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; max-width: 100%; }
.empty { margin: 48px 0; text-align: center; color: var(--muted); }
footer { margin-top: 40px; color: var(--faint); font-size: 12px; text-align: center; }
footer a { color: inherit; }
@media (max-width: 560px) {
  .grid { grid-template-columns: 1fr; }
  .stats { grid-template-columns: repeat(3, 1fr); gap: 8px; }
  .stat { padding: 10px 12px; }
  .stat dd { font-size: 20px; }
  .search { flex: 1 1 100%; }
}
@media (prefers-reduced-motion: reduce) {
  .card, .filter { transition: none; }
  .card:hover { transform: none; }
}
`;
var REPORT_SCRIPT = `
(() => {
  const cards = Array.from(document.querySelectorAll('.card'));
  const buttons = Array.from(document.querySelectorAll('.filter'));
  const search = document.getElementById('search');
  const empty = document.getElementById('empty');
  let status = 'all';
  const apply = () => {
    const words = search.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    for (const card of cards) {
      const text = card.dataset.search || '';
      const visible = (status === 'all' || card.dataset.status === status) && words.every((w) => text.includes(w));
      card.hidden = !visible;
      if (visible) shown++;
    }
    empty.hidden = shown > 0;
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      status = button.dataset.filter || 'all';
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === button));
      apply();
    });
  }
  search.addEventListener('input', apply);
  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape' && document.activeElement === search) {
      search.value = '';
      apply();
    }
  });
  for (const prompt of document.querySelectorAll('.prompt')) {
    const toggle = () => prompt.setAttribute('aria-expanded', String(prompt.classList.toggle('open')));
    prompt.addEventListener('click', toggle);
    prompt.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle();
      }
    });
  }
  apply();
})();
`;

// src/report/html.ts
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function relativeHref(path2) {
  const segments = path2.split("/").filter((segment2) => segment2 !== "" && segment2 !== ".");
  const up = segments.findIndex((segment2) => segment2 !== "..");
  const lead = up < 0 ? segments.length : up;
  return [...segments.slice(0, lead), ...segments.slice(lead).filter((segment2) => segment2 !== "..").map(encodeURIComponent)].join("/");
}
var STATUS_LABELS = {
  completed: "Completed",
  skipped: "Done earlier",
  failed: "Failed",
  expired: "Expired",
  timed_out: "Timed out",
  pending: "Not finished"
};
var STATUS_ORDER = ["completed", "skipped", "failed", "expired", "timed_out", "pending"];
function* htmlChunks(report) {
  const { summary } = report;
  const css = REPORT_CSS.trim();
  const script = REPORT_SCRIPT.trim();
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(css)}'`,
    `script-src '${sha256(script)}'`,
    "img-src 'self' file: data:",
    "media-src 'self' file:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  const counts = STATUS_ORDER.filter((status) => summary[status] > 0);
  const filters = [
    filterButton("all", "All", summary.total, true),
    ...counts.map((status) => filterButton(status, STATUS_LABELS[status], summary[status], false))
  ].join("");
  const title = `video-batch report: ${report.manifest}`;
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="video-batch">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<div class="wrap">
<header class="top">
<div class="brand">
<div class="logo" aria-hidden="true">${ICONS.film}</div>
<div>
<h1>video-batch report</h1>
<p class="sub"><code>${escapeHtml(report.manifest)}</code> \xB7 ${escapeHtml(formatTimestamp(report.startedAt))} \xB7 took ${escapeHtml(wallTime(report) || "0s")}</p>
</div>
</div>
</header>
${report.interrupted ? '<p class="banner" role="status">This run was stopped before every job ended. Run the same command again to finish it: nothing is paid for twice.</p>\n' : ""}<dl class="stats">
${statTiles(report)}
</dl>
<div class="toolbar">
<div class="filters" role="group" aria-label="Filter by status">${filters}</div>
<input id="search" class="search" type="search" placeholder="Search prompts, ids, models  ( / )" aria-label="Search prompts" autocomplete="off">
</div>
<main class="grid">
`;
  for (const job of report.jobs) yield `${card(job)}
`;
  yield `</main>
<p id="empty" class="empty" hidden>No job matches these filters.</p>
<footer>Made by video-batch \xB7 <a href="report.json">report.json</a> \xB7 <a href="report.md">report.md</a></footer>
</div>
<script>${script}</script>
</body>
</html>
`;
}
function statTiles(report) {
  const { summary } = report;
  const done = summary.completed + summary.skipped;
  const problems = summary.failed + summary.expired + summary.timed_out;
  const tiles = [
    tile("Jobs", String(summary.total)),
    tile("Completed", String(done), done > 0 ? "ok" : ""),
    tile("Failed", String(problems), problems > 0 ? "bad" : ""),
    tile("Wall time", escapeHtml(wallTime(report) || "0s"))
  ];
  if (summary.videoSeconds > 0) tiles.splice(3, 0, tile("Video", `${summary.videoSeconds}<small>s</small>`));
  const cost = summary.estimatedCostUsd;
  if (typeof cost === "number") {
    tiles.push(report.simulated === true ? tile("Est. cost (simulated)", `$${cost.toFixed(2)}<small> ${SIMULATED_COST}</small>`) : tile("Est. cost", `$${cost.toFixed(2)}`));
  }
  return tiles.join("\n");
}
function tile(label, valueHtml, tone = "") {
  return `<div class="stat${tone ? ` ${tone}` : ""}"><dt>${label}</dt><dd>${valueHtml}</dd></div>`;
}
function filterButton(filter, label, count, pressed) {
  return `<button type="button" class="filter" data-filter="${escapeHtml(filter)}" aria-pressed="${pressed}">${escapeHtml(label)} <span class="n">${count}</span></button>`;
}
function card(job) {
  const search = [job.id, job.prompt, job.model, job.provider].join(" ").toLowerCase();
  const meta = [
    `<li><b>${escapeHtml(job.model)}</b></li>`,
    `<li>${escapeHtml(job.provider)}</li>`,
    job.seconds === null ? "" : `<li>${job.seconds}s</li>`,
    job.size === null ? "" : `<li>${escapeHtml(job.size.replace("x", "\xD7"))}</li>`
  ].filter(Boolean);
  const cost = job.estimatedCostUsd;
  if (typeof cost === "number") meta.push(`<li>~$${cost.toFixed(2)}</li>`);
  const links = [
    job.file ? `<a href="${escapeHtml(relativeHref(job.file))}" download>Download</a>` : "",
    job.thumbnail ? `<a href="${escapeHtml(relativeHref(job.thumbnail))}">Thumbnail</a>` : "",
    job.spritesheet ? `<a href="${escapeHtml(relativeHref(job.spritesheet))}">Spritesheet</a>` : "",
    job.videoId ? `<span class="vid" title="video id">${escapeHtml(job.videoId)}</span>` : ""
  ].filter(Boolean);
  const time = formatDuration(job.durationMs);
  return `<article class="card" data-status="${escapeHtml(job.status)}" data-search="${escapeHtml(search)}">
${media(job)}
<div class="body">
<div class="row"><span class="badge ${job.status}">${STATUS_LABELS[job.status]}</span>${time ? `<span class="time" title="${escapeHtml(timeTitle(job))}">${escapeHtml(time)}</span>` : ""}</div>
<h2 class="id" title="${escapeHtml(job.id)}">${escapeHtml(job.id)}</h2>
<p class="prompt" tabindex="0" role="button" aria-expanded="false" title="Show the whole prompt">${escapeHtml(job.prompt)}</p>
<ul class="meta">${meta.join("")}</ul>
${links.length > 0 ? `<div class="links">${links.join("")}</div>` : ""}
</div>
</article>`;
}
function media(job) {
  if ((job.status === "completed" || job.status === "skipped") && job.file) {
    const src = escapeHtml(relativeHref(job.file));
    if (job.thumbnail) {
      return `<div class="media"><video controls preload="none" playsinline poster="${escapeHtml(relativeHref(job.thumbnail))}" src="${src}"></video></div>`;
    }
    return `<div class="media"><video controls preload="metadata" playsinline src="${src}#t=0.1"></video></div>`;
  }
  if (job.error) {
    return `<div class="media problem ${job.status}"><span class="code">${ICONS.alert}${escapeHtml(job.error.code)}</span><p class="message">${escapeHtml(job.error.message)}</p></div>`;
  }
  const note = job.status === "pending" ? "Not finished: run again to resume" : job.status === "completed" || job.status === "skipped" ? "Not downloaded (run without --no-download to fetch it)" : STATUS_LABELS[job.status];
  return `<div class="media idle"><div class="placeholder">${ICONS.film}<span>${escapeHtml(note)}</span></div></div>`;
}
function wallTime(report) {
  return formatDuration(Date.parse(report.finishedAt) - Date.parse(report.startedAt));
}
function formatTimestamp(iso) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
function timeTitle(job) {
  return job.finishedAt ? `finished ${formatTimestamp(job.finishedAt)}` : "time taken";
}
function sha256(text) {
  return `sha256-${createHash4("sha256").update(text, "utf8").digest("base64")}`;
}
var ICONS = {
  film: '<svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><rect x="2" y="4" width="20" height="16" rx="3"/><path d="m10 9 5 3-5 3z" fill="currentColor"/></svg>',
  alert: '<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M12 8v5M12 16.5v.01"/></svg>'
};

// src/report/json.ts
function* jsonChunks(value) {
  const entries = Object.entries(value).filter(([, v]) => isSerialisable(v));
  if (entries.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{";
  for (const [index, [key, v]] of entries.entries()) {
    yield `${index === 0 ? "" : ","}
  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield "[";
      for (const [i, element] of v.entries()) {
        const text = isSerialisable(element) ? indent(JSON.stringify(element, null, 2), "    ") : "null";
        yield `${i === 0 ? "" : ","}
    ${text}`;
      }
      yield "\n  ]";
    } else {
      yield indent(JSON.stringify(v, null, 2), "  ");
    }
  }
  yield "\n}\n";
}
function isSerialisable(value) {
  return value !== void 0 && typeof value !== "function" && typeof value !== "symbol";
}
function indent(text, prefix) {
  return text.replace(/\n/g, `
${prefix}`);
}

// src/report/log.ts
function stateChangeLog(total, write) {
  let ended = 0;
  const lastRaw = /* @__PURE__ */ new Map();
  const name = (job) => job.id;
  return {
    onJobSubmitted(job, videoId, how) {
      write(`${name(job)}: ${how === "created" ? "submitted" : how} ${videoId}`);
    },
    onJobProgress(job, status) {
      if (lastRaw.get(job.id) === status.rawStatus) return;
      lastRaw.set(job.id, status.rawStatus);
      if (status.state !== "completed" && status.state !== "failed") write(`${name(job)}: ${status.rawStatus}`);
    },
    onRetry(job, what, reason, delayMs) {
      write(`${name(job)}: ${what} failed (${reason}); retrying in ${formatDuration(delayMs) || `${delayMs} ms`}`);
    },
    onJobEnd(result) {
      if (result.status === "pending") return;
      ended++;
      const where2 = result.file ? ` -> ${result.file}` : "";
      const why = result.error ? `: ${result.error.code}: ${result.error.message}` : "";
      write(`[${ended}/${total}] ${result.id}: ${result.status.replace("_", " ")}${where2}${why}`);
    }
  };
}

// src/report/write.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir, open as open3, rename, rm } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";
var BATCH_CHARS = 64 * 1024;
async function writeAtomic(path2, data) {
  await mkdir(dirname2(path2), { recursive: true });
  const temp = `${path2}.${randomBytes2(4).toString("hex")}.tmp`;
  const handle = await open3(temp, "wx");
  try {
    if (typeof data === "string") await handle.writeFile(data);
    else {
      let batch = "";
      for (const piece of data) {
        batch += piece;
        if (batch.length >= BATCH_CHARS) {
          await handle.writeFile(batch);
          batch = "";
        }
      }
      if (batch !== "") await handle.writeFile(batch);
    }
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => void 0);
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, path2);
}

// src/runner/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve6, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve6();
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};

// src/runner/events.ts
function multiplex(subscribers, onError) {
  const call = (hook) => (...args) => {
    for (const subscriber of subscribers) {
      const fn = subscriber[hook];
      if (!fn) continue;
      try {
        fn.apply(subscriber, args);
      } catch (error) {
        onError(error);
      }
    }
  };
  return {
    onJobSubmitted: call("onJobSubmitted"),
    onJobProgress: call("onJobProgress"),
    onRetry: call("onRetry"),
    onJobEnd: call("onJobEnd"),
    onRunEnd: call("onRunEnd")
  };
}

// src/runner/ledger.ts
import { createHash as createHash5 } from "node:crypto";
import { appendFileSync, closeSync, existsSync, openSync, readFileSync as readFileSync2, readSync, renameSync as renameSync2, statSync } from "node:fs";
function mayCreate(record4, regenerateExpired) {
  if (!record4?.videoId) return true;
  return record4.ended?.status === "failed" || regenerateExpired && record4.ended?.status === "expired";
}
function jobFingerprint(job) {
  const { provider, model, prompt, seconds: seconds3, size, inputReference, remixOf, baseUrl } = job;
  const data = JSON.stringify({ provider, model, prompt, seconds: seconds3, size, inputReference, remixOf, baseUrl });
  return createHash5("sha256").update(data).digest("hex").slice(0, 32);
}
var Ledger = class {
  constructor(path2) {
    this.path = path2;
  }
  path;
  tailChecked = false;
  /** `--fresh`: keep the old ledger as `ledger-<time>.jsonl`, so this run starts from nothing. */
  setAside(now) {
    if (!existsSync(this.path)) return;
    renameSync2(this.path, this.path.replace(/\.jsonl$/, `-${new Date(now).toISOString().replace(/[:.]/g, "-")}.jsonl`));
  }
  append(entry) {
    const line = `${JSON.stringify(entry)}
`;
    if (!this.tailChecked) {
      this.tailChecked = true;
      if (endsTorn(this.path)) {
        appendFileSync(this.path, `
${line}`);
        return;
      }
    }
    appendFileSync(this.path, line);
  }
  /** Every video id in the ledger, for any job: none of them may be adopted by another job. */
  videoIds() {
    const ids = /* @__PURE__ */ new Set();
    for (const line of this.lines()) {
      const entry = parseEntry(line);
      if (entry?.type === "submitted") ids.add(entry.videoId);
      if (entry?.type === "ended" && entry.videoId !== null) ids.add(entry.videoId);
    }
    return ids;
  }
  lines() {
    try {
      return readFileSync2(this.path, "utf8").split("\n");
    } catch (error) {
      if (error.code === "ENOENT") return [];
      throw error;
    }
  }
  /** Records keyed by job id, for entries whose fingerprint still matches the job. */
  read(jobs) {
    const wanted = new Map(jobs.map((job) => [job.id, jobFingerprint(job)]));
    const records = /* @__PURE__ */ new Map();
    for (const line of this.lines()) {
      if (line.trim() === "") continue;
      const entry = parseEntry(line);
      if (!entry) continue;
      if (wanted.get(entry.jobId) !== entry.fingerprint) continue;
      const record4 = records.get(entry.jobId) ?? {};
      if (entry.type === "intent") {
        record4.intentAt = entry.at;
        record4.videoId = void 0;
        record4.restore = void 0;
        record4.ended = void 0;
      }
      if (entry.type === "submitted") {
        record4.videoId = entry.videoId;
        record4.restore = entry.restore;
        record4.intentAt = void 0;
        record4.ended = void 0;
      }
      if (entry.type === "not_created") record4.intentAt = void 0;
      if (entry.type === "ended") record4.ended = { status: entry.status, file: entry.file };
      records.set(entry.jobId, record4);
    }
    return records;
  }
};
function parseEntry(line) {
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const e = value;
  if (typeof e.jobId !== "string" || typeof e.fingerprint !== "string" || typeof e.at !== "number") return void 0;
  const textOrNull = (v) => typeof v === "string" || v === null;
  switch (e.type) {
    case "intent":
      return value;
    case "not_created":
      return typeof e.code === "string" ? value : void 0;
    case "submitted":
      return typeof e.videoId === "string" && (e.restore === void 0 || typeof e.restore === "string") ? value : void 0;
    case "ended":
      return textOrNull(e.videoId) && typeof e.status === "string" && textOrNull(e.file) ? value : void 0;
    default:
      return void 0;
  }
}
function endsTorn(path2) {
  let size;
  try {
    size = statSync(path2).size;
  } catch {
    return false;
  }
  if (size === 0) return false;
  const fd = openSync(path2, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 10;
  } finally {
    closeSync(fd);
  }
}

// src/runner/poll.ts
var DEFAULT_POLL = { minIntervalMs: 1e3, maxIntervalMs: 2e4 };
function predictFromProgress(samples) {
  const moving = samples.filter((s) => typeof s.progress === "number" && s.progress > 0);
  const first = moving[0];
  const latest = moving[moving.length - 1];
  if (!first || !latest || latest.at <= first.at || latest.progress <= first.progress) return void 0;
  const rate = (latest.progress - first.progress) / (latest.at - first.at);
  return latest.at + (100 - latest.progress) / rate;
}
function nextPollAt(samples, submittedAt, status, now, options, typicalMs) {
  const { minIntervalMs: min, maxIntervalMs: max } = options;
  const predicted = predictFromProgress(samples) ?? (typicalMs !== void 0 ? submittedAt + typicalMs : void 0);
  let delay;
  if (predicted === void 0) {
    delay = (now - submittedAt) * 0.25;
  } else if (predicted + min * 0.1 > now) {
    delay = predicted + min * 0.1 - now;
  } else {
    delay = (now - predicted) * 0.5;
  }
  delay = Math.min(max, Math.max(min, delay));
  if (status.pollAfterMs !== void 0) delay = Math.max(delay, status.pollAfterMs);
  return Math.round(now + delay);
}

// src/runner/result.ts
var JobStop = class extends Error {
  constructor(outcome, info) {
    super(info.message);
    this.outcome = outcome;
    this.info = info;
  }
  outcome;
  info;
};
function baseResult(job, status) {
  return {
    id: job.id,
    prompt: job.prompt,
    provider: job.provider,
    model: job.model,
    seconds: job.seconds ?? null,
    size: job.size ?? null,
    status,
    rawStatus: null,
    videoId: null,
    error: null,
    attempts: 0,
    decisions: [],
    file: null,
    bytes: null,
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    source: job.source
  };
}

// src/runner/retry.ts
var DEFAULT_RETRY = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 3e4 };
var TRANSIENT = /* @__PURE__ */ new Set(["rate_limited", "server", "connection", "unreachable", "timeout"]);
function isTransient(error) {
  return error instanceof ProviderError && TRANSIENT.has(error.kind);
}
var RATE_LIMIT_WAIT_CAP_MS = 3e5;
function isAmbiguousCreate(error) {
  return error instanceof ProviderError && (error.kind === "server" || error.kind === "connection" || error.kind === "timeout");
}
function backoffDelay(attempt, options, retryAfterMs2, random) {
  if (retryAfterMs2 !== void 0) return Math.min(retryAfterMs2, RATE_LIMIT_WAIT_CAP_MS);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}

// src/runner/runner.ts
import { setMaxListeners } from "node:events";
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir2, readdir, rm as rm3 } from "node:fs/promises";
import { join as join2 } from "node:path";

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run2 = async (function_, resolve6, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve6(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve6, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run2.bind(void 0, function_, resolve6, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve6, reject) => {
    enqueue(function_, resolve6, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/runner/collect.ts
import { existsSync as existsSync2 } from "node:fs";
import { join, resolve as resolve3, sep as sep2 } from "node:path";

// src/runner/download.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { open as open4, rename as rename2, rm as rm2 } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/runner/content.ts
var SIGNATURE_BYTES = 12;
function ascii(head, from, to) {
  return String.fromCharCode(...head.subarray(from, to));
}
function isVideo(head) {
  if (head.length >= 8 && ["ftyp", "moov", "mdat", "wide", "free", "skip"].includes(ascii(head, 4, 8))) return true;
  return head.length >= 4 && head[0] === 26 && head[1] === 69 && head[2] === 223 && head[3] === 163;
}
function isImage(head) {
  const png = [137, 80, 78, 71, 13, 10, 26, 10];
  if (head.length >= 8 && png.every((byte, i) => head[i] === byte)) return true;
  if (head.length >= 3 && head[0] === 255 && head[1] === 216 && head[2] === 255) return true;
  return head.length >= 12 && ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP";
}
function isDocumentType(type) {
  const essence = type.split(";")[0].trim().toLowerCase();
  return essence.startsWith("text/") || essence.includes("json") || essence.includes("xml") || essence.includes("html");
}
function contentProblem(expected, contentType, head, ended) {
  const declared = contentType === void 0 ? "no content type" : `content type ${contentType.slice(0, 80)}`;
  if (ended && head.length === 0) return `it is empty, 0 bytes (${declared})`;
  if (contentType !== void 0 && isDocumentType(contentType)) return `${declared}, not ${expected === "video" ? "a video" : "an image"}`;
  const matches2 = expected === "video" ? isVideo(head) : isImage(head);
  if (matches2) return void 0;
  return `${declared}, and its first bytes are not ${expected === "video" ? "an MP4, MOV or WebM file" : "a PNG, JPEG or WebP image"}`;
}
function describeHead(head, max = 120) {
  const shown = head.subarray(0, max);
  const text = Buffer.from(shown).toString("utf8");
  const printable = !/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.test(text);
  const more = head.length > max ? "\u2026" : "";
  if (printable) return JSON.stringify(text.replace(/\s+/g, " ")) + more;
  return `${Buffer.from(shown.subarray(0, 32)).toString("hex")}${head.length > 32 ? "\u2026" : ""} (hex)`;
}

// src/runner/download.ts
var LOCAL_WRITE_ERRORS = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENAMETOOLONG"]);
var HEAD_KEPT = 200;
async function saveStream(download2, dest, signal, expected) {
  const temp = `${dest}.${randomBytes3(4).toString("hex")}.part`;
  let bytes = 0;
  let head = Buffer.alloc(0);
  let judged = expected === void 0;
  const judge = (ended) => {
    judged = true;
    const problem = contentProblem(expected, download2.contentType, head, ended);
    return problem === void 0 ? void 0 : badDownload(expected, problem, head, ended ? bytes : download2.contentLength);
  };
  const counter = new Transform({
    transform(chunk, _encoding, callback) {
      bytes += chunk.length;
      if (!judged) {
        head = Buffer.concat([head, chunk.subarray(0, Math.max(0, HEAD_KEPT - head.length))]);
        if (head.length >= SIGNATURE_BYTES) {
          const bad = judge(false);
          if (bad) return callback(bad);
        }
      }
      callback(null, chunk);
    },
    flush(callback) {
      callback(judged ? null : judge(true));
    }
  });
  let handle;
  try {
    handle = await open4(temp, "wx");
  } catch (error) {
    await download2.body.cancel().catch(() => void 0);
    throw writeFailed(dest, error);
  }
  try {
    const source = Readable.fromWeb(download2.body);
    await pipeline(source, counter, handle.createWriteStream(), { signal });
    if (download2.contentLength !== void 0 && bytes !== download2.contentLength) {
      throw new ProviderError("connection", `download ended after ${bytes} of ${download2.contentLength} bytes`);
    }
    await rename2(temp, dest);
    return bytes;
  } catch (error) {
    await handle.close().catch(() => void 0);
    await rm2(temp, { force: true });
    if (error instanceof ProviderError || error instanceof JobStop || signal.aborted) throw error;
    if (LOCAL_WRITE_ERRORS.has(error.code ?? "")) throw writeFailed(dest, error);
    throw new ProviderError("connection", `download interrupted: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function badDownload(expected, problem, head, size) {
  const what = expected === "video" ? "a video" : "an image";
  const length = size === void 0 || size === 0 ? "" : `, ${size} bytes`;
  const start = head.length === 0 ? "" : `, beginning ${describeHead(head)}`;
  return new JobStop("failed", {
    code: "bad_download",
    message: `the download is not ${what}: ${problem}${length}${start}; ${expected === "video" ? "nothing was saved, and the next run downloads it again (it is not paid for twice)" : "it was not saved"}`
  });
}
function writeFailed(dest, error) {
  const code = error.code;
  if (!LOCAL_WRITE_ERRORS.has(code ?? "")) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new JobStop("failed", {
    code: "write_failed",
    message: `cannot write ${dest} (${reason}); free disk space or fix the folder's permissions, then run again: the video stays on the server and is not paid for twice`
  });
}

// src/runner/collect.ts
function expiredStop(why) {
  return new JobStop("expired", {
    code: "expired",
    message: `${why}; run again with --regenerate-expired (action input regenerate-expired) to make it again, which pays again`
  });
}
function isGone(error) {
  return error instanceof ProviderError && (error.details.status === 404 || error.details.status === 410);
}
var PREVIEW_EXTENSIONS = { "image/png": "png", "image/webp": "webp", "image/jpeg": "jpg" };
function previewExtension(contentType) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  return PREVIEW_EXTENSIONS[type] ?? /^image\/([a-z0-9]+)$/.exec(type)?.[1] ?? "png";
}
var Collector = class {
  constructor(options) {
    this.options = options;
    this.videosDir = resolve3(options.outDir, "videos");
  }
  options;
  videosDir;
  /** The video's place for a file stem; a stem that would leave `videos/` is a bug, not user input. */
  paths(stem) {
    const target = resolve3(this.videosDir, `${stem}.mp4`);
    if (!target.startsWith(this.videosDir + sep2)) throw new Error(`unsafe file name ${stem}`);
    return { file: `videos/${stem}.mp4`, target };
  }
  /**
   * Downloads the video (retried like every read) and its previews, all by the job's deadline.
   * @throws JobStop `expired` when the server no longer serves the finished video, `bad_download`
   *   when what arrived is not a video, `timed_out` when the deadline passed first
   */
  async collect(job, provider, videoId, status, stem, limits = {}) {
    const { file: file3, target } = this.paths(stem);
    const deadline = limits.deadline ?? 0;
    const clock2 = this.options.clock ?? systemClock;
    const late = new AbortController();
    const stop = new AbortController();
    if (deadline > 0) void clock2.sleep(deadline - clock2.now(), stop.signal).then(() => late.abort(), () => void 0);
    const bounded2 = (s) => deadline > 0 ? AbortSignal.any([s, late.signal]) : s;
    try {
      const bytes = await this.options.requester.send(job, "download", async (s) => {
        const signal = bounded2(s);
        return saveStream(await provider.download(videoId, status, signal), target, signal, "video");
      }, deadline).catch((error) => {
        if (late.signal.aborted) throw new JobStop("timed_out", { code: "timeout", message: `the download did not finish by the job's deadline (--timeout); run again to download it (it is not paid for twice)` });
        throw isGone(error) ? expiredStop(`the finished video is no longer downloadable (${error.message}); it has expired on the server`) : error;
      });
      return { file: file3, bytes, ...await this.previews(job, provider, videoId, stem, bounded2, limits.decisions) };
    } finally {
      stop.abort();
    }
  }
  /** For a job done in an earlier run: the requested preview images already on disk. */
  onDisk(stem) {
    return Object.fromEntries(
      (this.options.variants ?? []).map((variant) => {
        const files = Object.values(PREVIEW_EXTENSIONS).map((extension) => `videos/${stem}.${variant}.${extension}`);
        return [variant, files.find((file3) => existsSync2(join(this.options.outDir, file3))) ?? null];
      })
    );
  }
  /**
   * Preview images beside a downloaded video: one that fails is recorded as null and never fails
   * the job; one that is not an image is noted in the job's decisions.
   */
  async previews(job, provider, videoId, stem, bounded2, decisions) {
    const paths = {};
    for (const variant of this.options.variants ?? []) {
      try {
        if (!provider.downloadVariant) throw new Error(`${provider.name} serves no ${variant}`);
        const save = async (s) => {
          const signal = bounded2(s);
          const download2 = await provider.downloadVariant(videoId, variant, signal);
          const file3 = `videos/${stem}.${variant}.${previewExtension(download2.contentType)}`;
          await saveStream(download2, join(this.options.outDir, file3), signal, "image");
          return file3;
        };
        paths[variant] = await this.options.requester.send(job, variant, save, 0);
      } catch (error) {
        paths[variant] = null;
        if (error instanceof JobStop && error.info.code === "bad_download") decisions?.push(`${variant} not saved: ${error.message}`);
      }
    }
    return paths;
  }
};

// src/runner/gate.ts
var RateGate = class {
  constructor(clock2, maxSpacingMs = 1e4) {
    this.clock = clock2;
    this.maxSpacingMs = maxSpacingMs;
  }
  clock;
  maxSpacingMs;
  openAt = 0;
  spacing = 0;
  knownSpacing;
  slowedAt = Number.NEGATIVE_INFINITY;
  limitedAt = Number.NEGATIVE_INFINITY;
  lastSentAt = Number.NEGATIVE_INFINITY;
  queue = [];
  pumping = false;
  /** The server said 429: hold every request for `retryAfterMs`, and slow the pace. */
  rateLimited(retryAfterMs2, requestsPerMinute2) {
    const now = this.clock.now();
    const sustained = now >= this.openAt && now - this.limitedAt < 6e4;
    this.limitedAt = now;
    this.openAt = Math.max(this.openAt, now + retryAfterMs2);
    if (requestsPerMinute2 !== void 0) {
      this.knownSpacing = Math.min(this.maxSpacingMs, 6e4 / requestsPerMinute2);
      this.spacing = this.knownSpacing;
      return;
    }
    if (!sustained) return;
    if (now < this.slowedAt + Math.max(this.spacing, retryAfterMs2)) return;
    this.slowedAt = now;
    this.spacing = Math.min(this.maxSpacingMs, Math.max(this.spacing * 1.25, retryAfterMs2, 1));
  }
  /** An answer that was not a 429. */
  answered() {
    if (this.knownSpacing !== void 0) return;
    this.spacing = this.spacing < 1 ? 0 : this.spacing * 0.8;
  }
  /** Current spacing between requests, in milliseconds (0 = unpaced). */
  spacingMs() {
    return this.spacing;
  }
  /** Resolves when this request may be sent. */
  wait(signal, urgent = false) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.queue.length === 0 && this.readyAt() <= this.clock.now()) {
      this.lastSentAt = this.clock.now();
      return Promise.resolve();
    }
    return new Promise((resolve6, reject) => {
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter = {
        urgent,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve6();
        },
        reject
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const at = urgent ? this.queue.findIndex((w) => !w.urgent) : -1;
      if (at >= 0) this.queue.splice(at, 0, waiter);
      else this.queue.push(waiter);
      void this.pump();
    });
  }
  readyAt() {
    return Math.max(this.openAt, this.lastSentAt + this.spacing);
  }
  /** Lets queued requests out one per slot until the queue is empty. */
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const wait = this.readyAt() - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait);
        const next = this.queue.shift();
        if (!next) break;
        this.lastSentAt = this.clock.now();
        next.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
};

// src/runner/poller.ts
var WatchTimeout = class extends Error {
  name = "WatchTimeout";
};
var StatusPoller = class {
  constructor(provider, deps) {
    this.provider = provider;
    this.deps = deps;
    this.listSupported = typeof provider.listStatuses === "function";
  }
  provider;
  deps;
  watches = /* @__PURE__ */ new Map();
  finishedMs = /* @__PURE__ */ new Map();
  listSupported;
  running = false;
  wake;
  lastRefreshAt = Number.NEGATIVE_INFINITY;
  /** Resolves with the job's terminal status; rejects with WatchTimeout, the abort reason, or the request's error. */
  watch(videoId, model, status, submittedAt, deadline, onStatus) {
    if (status.state === "completed" || status.state === "failed") return Promise.resolve(status);
    return new Promise((resolve6, reject) => {
      const now = this.deps.clock.now();
      const watch = { videoId, model, submittedAt, deadline, samples: [{ at: now, progress: status.progress }], status, dueAt: 0, onStatus, resolve: resolve6, reject };
      watch.dueAt = this.dueAt(watch, now);
      this.watches.set(videoId, watch);
      if (this.running) this.wake?.();
      else void this.loop();
    });
  }
  typicalMs(model) {
    const list2 = this.finishedMs.get(model);
    if (!list2 || list2.length === 0) return void 0;
    const sorted = [...list2].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }
  dueAt(watch, now) {
    const at = nextPollAt(watch.samples, watch.submittedAt, watch.status, now, this.deps.poll, this.typicalMs(watch.model));
    return watch.deadline ? Math.min(at, watch.deadline) : at;
  }
  async loop() {
    this.running = true;
    const { clock: clock2, signal } = this.deps;
    try {
      while (this.watches.size > 0) {
        if (signal.aborted) throw signal.reason;
        const due = Math.min(...[...this.watches.values()].map((w) => w.dueAt));
        const earliest = Math.max(due, this.lastRefreshAt + (this.deps.minGapMs?.(this.watches.size) ?? 0));
        const wait = earliest - clock2.now();
        if (wait > 0) await this.sleep(wait);
        if (signal.aborted) throw signal.reason;
        this.lastRefreshAt = clock2.now();
        await this.refresh(this.lastRefreshAt);
      }
    } catch (error) {
      for (const watch of this.watches.values()) watch.reject(error);
      this.watches.clear();
    } finally {
      this.running = false;
    }
  }
  /** Sleeps until `ms` pass or a new watch arrives (it may be due sooner). */
  async sleep(ms) {
    const stop = new AbortController();
    const woken = new Promise((resolve6) => {
      this.wake = () => {
        stop.abort();
        resolve6();
      };
    });
    const onAbort = () => stop.abort();
    this.deps.signal.addEventListener("abort", onAbort, { once: true });
    try {
      await Promise.race([this.deps.clock.sleep(ms, stop.signal).catch(() => void 0), woken]);
    } finally {
      this.wake = void 0;
      this.deps.signal.removeEventListener("abort", onAbort);
    }
  }
  async refresh(now) {
    const due = [...this.watches.values()].filter((w) => w.dueAt <= now + 1);
    for (const watch of due) {
      if (watch.deadline && now >= watch.deadline) {
        this.watches.delete(watch.videoId);
        watch.reject(new WatchTimeout(`no result by the deadline`));
      }
    }
    const pending = due.filter((w) => this.watches.has(w.videoId));
    if (pending.length === 0) return;
    let listed;
    if (this.listSupported && this.provider.listStatuses) {
      try {
        listed = await this.deps.request("list", (s) => this.provider.listStatuses(s));
      } catch (error) {
        if (this.deps.signal.aborted) throw error;
        if (error instanceof ProviderError && (error.kind === "not_found" || error.kind === "client")) this.listSupported = false;
      }
    }
    const at = this.deps.clock.now();
    if (listed) for (const watch of [...this.watches.values()]) {
      const status = listed.get(watch.videoId);
      if (status) this.update(watch, status, at);
    }
    const missing = pending.filter((w) => this.watches.has(w.videoId) && !listed?.has(w.videoId));
    await Promise.all(
      missing.map(async (watch) => {
        try {
          const status = await this.deps.request("status", (s) => this.provider.status(watch.videoId, s));
          this.update(watch, status, this.deps.clock.now());
        } catch (error) {
          if (this.deps.signal.aborted) throw error;
          this.watches.delete(watch.videoId);
          watch.reject(error);
        }
      })
    );
  }
  update(watch, status, at) {
    if (status.rawStatus !== watch.status.rawStatus || status.progress !== watch.status.progress) watch.onStatus(status);
    const previousAt = watch.samples[watch.samples.length - 1]?.at ?? watch.submittedAt;
    watch.status = status;
    watch.samples.push({ at, progress: status.progress });
    if (watch.samples.length > 8) watch.samples.splice(1, 1);
    if (status.state === "completed" || status.state === "failed") {
      this.watches.delete(watch.videoId);
      if (status.state === "completed") {
        const list2 = this.finishedMs.get(watch.model) ?? [];
        list2.push((previousAt + at) / 2 - watch.submittedAt);
        if (list2.length > 50) list2.shift();
        this.finishedMs.set(watch.model, list2);
      }
      watch.resolve(status);
      return;
    }
    watch.dueAt = this.dueAt(watch, at);
  }
};

// src/runner/reconcile.ts
var CLOCK_SLACK_MS = 6e4;
function joinAnd(words) {
  return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
function judgeRecent(job, recent, span, claimed) {
  const from = span.sinceMs - CLOCK_SLACK_MS;
  const to = span.untilMs + CLOCK_SLACK_MS;
  const matches2 = [];
  const candidates = [];
  let checked = 0;
  for (const video of recent.videos) {
    if (claimed.has(video.id)) continue;
    if (video.createdAtMs !== void 0 && (video.createdAtMs < from || video.createdAtMs > to)) continue;
    checked++;
    if (video.prompt !== void 0 && video.prompt !== job.prompt) continue;
    if (video.model !== void 0 && video.model !== job.model) continue;
    if (video.seconds !== void 0 && job.seconds !== void 0 && video.seconds !== String(job.seconds)) continue;
    if (video.size !== void 0 && job.size !== void 0 && video.size !== job.size) continue;
    const unstated = [
      ...video.prompt === void 0 ? ["prompt"] : [],
      ...video.model === void 0 ? ["model"] : [],
      ...video.createdAtMs === void 0 ? ["creation time"] : []
    ];
    if (unstated.length === 0) matches2.push(video);
    else candidates.push({ id: video.id, unstated });
  }
  const best = matches2.at(-1);
  if (best) {
    const compared = ["prompt", "model"];
    const unstated = [];
    if (job.seconds !== void 0) (best.seconds === void 0 ? unstated : compared).push("seconds");
    if (job.size !== void 0) (best.size === void 0 ? unstated : compared).push("size");
    const evidence = `the list shows ${best.id} with the same ${joinAnd(compared)}` + (unstated.length > 0 ? ` (${joinAnd(unstated)} not stated by the list)` : "") + `, made at ${new Date(best.createdAtMs).toISOString()} within this create's window and claimed by no other job`;
    return { kind: "adopt", id: best.id, evidence, alsoMatching: matches2.slice(0, -1).map((v) => v.id) };
  }
  if (candidates.length > 0) {
    const kinds = [...new Set(candidates.flatMap((c) => c.unstated))];
    return { kind: "uncertain", candidates, why: `the list does not state the ${joinAnd(kinds)} of ${candidates.length === 1 ? "a video" : `${candidates.length} videos`} that may be this job's` };
  }
  if (recent.truncated) return { kind: "uncertain", candidates: [], why: "the list does not reach back to the time of the create" };
  return { kind: "none", checked };
}

// src/runner/requests.ts
var RATE_LIMITED_ATTEMPTS = 100;
async function scoped(parent, call) {
  const child = new AbortController();
  const onAbort = () => child.abort(parent.reason);
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener("abort", onAbort, { once: true });
  try {
    return await call(child.signal);
  } finally {
    parent.removeEventListener("abort", onAbort);
  }
}
function withCap(reason, askedMs, delayMs) {
  if (askedMs === void 0 || askedMs <= delayMs) return reason;
  return `${reason} (the server asked to wait ${Math.round(askedMs / 1e3)} s; one wait is capped at ${RATE_LIMIT_WAIT_CAP_MS / 1e3} s)`;
}
var Requester = class {
  constructor(deps) {
    this.deps = deps;
  }
  deps;
  /**
   * One call, retried on transient failures with backoff (the server's Retry-After first); a 429
   * spends no retry budget but slows the whole run through the gate. Gives up past `deadline`
   * (0 = none). `urgent` requests (polls) leave the gate before queued creates.
   */
  async send(job, what, call, deadline, urgent = false) {
    const { gate, clock: clock2, retry, random, signal } = this.deps;
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      await gate.wait(signal, urgent);
      try {
        const result = await scoped(signal, call);
        gate.answered();
        return result;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (!isTransient(error)) throw error;
        const limited = error.kind === "rate_limited";
        if (limited ? attempt >= RATE_LIMITED_ATTEMPTS : ++failures >= retry.maxAttempts) throw error;
        const delay = backoffDelay(limited ? 1 : failures, retry, error.details.retryAfterMs, random);
        if (deadline && clock2.now() + delay > deadline) throw error;
        if (job) this.deps.onRetry(job, what, withCap(error.message, error.details.retryAfterMs, delay), delay);
        if (limited) gate.rateLimited(delay, error.details.requestsPerMinute);
        else await clock2.sleep(delay, signal);
      }
    }
  }
};

// src/runner/create.ts
var seconds2 = (ms) => `${Math.round(ms / 1e3)} s`;
var Creator = class {
  constructor(deps) {
    this.deps = deps;
  }
  deps;
  /** Creates the job's video; `deadline` (0 = none) bounds every wait, rate limits included. */
  async create(job, provider, remixOf, state, deadline) {
    const longestAsk = { ms: 0, retried: 0, waiting: false };
    try {
      return await this.createLoop(job, provider, remixOf, state, deadline, longestAsk);
    } finally {
      if (state.rateLimited > 0) {
        const how = longestAsk.ms > RATE_LIMIT_WAIT_CAP_MS ? ` (the server asked to wait up to ${seconds2(longestAsk.ms)}; one wait is capped at ${seconds2(RATE_LIMIT_WAIT_CAP_MS)})` : " (as long as the server asked)";
        state.decisions.push(`create answered 429 ${state.rateLimited} time(s), creating nothing; waited and tried again ${longestAsk.retried} time(s)${how}`);
      }
    }
  }
  async createLoop(job, provider, remixOf, state, deadline, longestAsk) {
    const { gate, clock: clock2, retry, random, signal, ledger, events } = this.deps;
    const fingerprint = jobFingerprint(job);
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      await this.beforeDeadline(deadline, state, (s) => gate.wait(s));
      const startedAt = clock2.now();
      let sentAt;
      const sending = () => {
        sentAt = clock2.now();
        state.attempts++;
        if (longestAsk.waiting) longestAsk.retried++;
        longestAsk.waiting = false;
        ledger?.append({ type: "intent", jobId: job.id, fingerprint, at: sentAt });
      };
      try {
        const result = await this.deps.lockFor(provider).whileCreating(async () => {
          const answer = await scoped(this.deps.submitSignal, (s) => provider.submit(job, remixOf, s, sending));
          this.deps.claimed.add(answer.remoteId);
          return answer;
        });
        gate.answered();
        ledger?.append({ type: "submitted", jobId: job.id, fingerprint, videoId: result.remoteId, ...result.restore === void 0 ? {} : { restore: result.restore }, at: clock2.now() });
        state.videoId = result.remoteId;
        if (signal.aborted) throw signal.reason;
        return { videoId: result.remoteId, status: result.status };
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (error instanceof JobStop) throw error;
        const ambiguous = isAmbiguousCreate(error);
        if (sentAt === void 0 && !ambiguous) {
          if (error instanceof ProviderError) throw new JobStop("failed", { code: error.details.code ?? error.kind, message: `${error.message} (nothing was sent)` });
          throw error;
        }
        if (!(error instanceof ProviderError)) throw error;
        if (!ambiguous) {
          ledger?.append({ type: "not_created", jobId: job.id, fingerprint, code: error.details.code ?? error.kind, at: clock2.now() });
          if (error.kind !== "rate_limited" || state.rateLimited >= RATE_LIMITED_ATTEMPTS) {
            throw new JobStop("failed", { code: error.details.code ?? error.kind, message: error.message });
          }
          state.rateLimited++;
          const asked = error.details.retryAfterMs;
          longestAsk.ms = Math.max(longestAsk.ms, asked ?? 0);
          const delay2 = backoffDelay(1, retry, asked, random);
          if (deadline && clock2.now() + delay2 > deadline) {
            const ask = asked !== void 0 && asked > delay2 ? `; the server asked for ${seconds2(asked)}` : "";
            throw this.timedOut(state, `the create was rate limited (429) and the next try (in ${seconds2(delay2)}${ask}) would pass this job's --timeout; nothing was created, so a later run creates it`);
          }
          longestAsk.waiting = true;
          gate.rateLimited(delay2, error.details.requestsPerMinute);
          events.onRetry(job, "create", withCap(error.message, asked, delay2), delay2);
          continue;
        }
        const canRetry = ++failures < retry.maxAttempts;
        const delay = backoffDelay(failures, retry, error.details.retryAfterMs, random);
        const inTime = !deadline || clock2.now() + delay <= deadline;
        const span = { sinceMs: sentAt ?? startedAt, untilMs: clock2.now() };
        const what = `create ${attempt} failed without a clear answer (${error.message})`;
        const found = await this.reconcile(job, provider, span, state, what, error.message, { retrying: canRetry && inTime, deadline });
        if (found) return found;
        if (!canRetry) throw new JobStop("failed", { code: error.kind, message: error.message });
        if (!inTime) throw this.timedOut(state, `the wait before another create would pass this job's --timeout; not created again`);
        events.onRetry(job, "create", withCap(error.message, error.details.retryAfterMs, delay), delay);
        await clock2.sleep(delay, signal);
      }
    }
  }
  timedOut(state, why) {
    state.decisions.push(why);
    return new JobStop("timed_out", { code: "timeout", message: why });
  }
  /** Waits for `wait` (given a signal), or ends the job `timed_out` when the deadline comes first. */
  async beforeDeadline(deadline, state, wait) {
    const { clock: clock2, signal } = this.deps;
    if (!deadline) return wait(signal);
    const late = () => this.timedOut(state, "this job's --timeout passed while its next create waited to be sent (rate limit or backoff); it was not sent");
    if (clock2.now() >= deadline) throw late();
    const stop = new AbortController();
    const timer = new AbortController();
    const passed = new Error("deadline");
    const forward = () => stop.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener("abort", forward, { once: true });
    clock2.sleep(Math.max(0, deadline - clock2.now()), timer.signal).then(() => stop.abort(passed), () => void 0);
    try {
      await wait(stop.signal);
    } catch (error) {
      if (stop.signal.reason === passed && !signal.aborted) throw late();
      throw error;
    } finally {
      timer.abort();
      signal.removeEventListener("abort", forward);
    }
  }
  /**
   * After an ambiguous create (or one a killed run never heard back from): adopt the video it made
   * when the list proves which one it is, return undefined when the list proves it made none (or
   * `retryUncertain` says to create anyway), else end the job `submit_uncertain`, naming the videos
   * that may be its own.
   */
  async reconcile(job, provider, span, state, what, cause, options) {
    const { requester, signal, claimed, ledger, clock: clock2, events } = this.deps;
    const uncertain = (why, candidates) => {
      const shown = candidates.slice(0, 10).join(", ") + (candidates.length > 10 ? ` and ${candidates.length - 10} more` : "");
      const listed = candidates.length > 0 ? `; videos that may be this job's: ${shown}` : "";
      if (options.retryUncertain) {
        state.decisions.push(`${what}; ${why}${listed}; created again as --retry-uncertain asked (if one of them was this job's, it is paid for twice)`);
        return void 0;
      }
      state.decisions.push(`${what}; ${why}${listed}; not created again, so it is never paid for twice`);
      throw new JobStop("failed", {
        code: "submit_uncertain",
        message: `the server may have created this video (${cause}) and ${why}${listed}. Check ${candidates.length > 0 ? "them" : "the recent videos"} in the provider's dashboard; if none is this job's, run again with --retry-uncertain ${job.id} (action input retry-uncertain) to create it`
      });
    };
    if (!provider.findSubmitted) return uncertain("this API cannot list recent videos", []);
    let verdict;
    try {
      verdict = await this.deps.lockFor(provider).whileReconciling(async () => {
        const recent = await requester.send(job, "list", (s) => provider.findSubmitted(job, span.sinceMs, s), options.deadline);
        return judgeRecent(job, recent, span, claimed);
      }, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return uncertain(`listing recent videos failed (${error instanceof Error ? error.message : String(error)})`, []);
    }
    if (verdict.kind === "uncertain") return uncertain(verdict.why, verdict.candidates.map((c) => c.id));
    if (verdict.kind === "none") {
      const proof = verdict.checked === 0 ? "the list shows no unowned video made since then, so it made none" : `every unowned video the list shows since then (${verdict.checked}) states another prompt, model, seconds or size, so it made none`;
      state.decisions.push(`${what}; ${proof}${options.retrying ? "; creating it again" : ""}`);
      return void 0;
    }
    const found = verdict.id;
    claimed.add(found);
    ledger?.append({ type: "submitted", jobId: job.id, fingerprint: jobFingerprint(job), videoId: found, at: clock2.now() });
    const others = verdict.alsoMatching.length > 0 ? `; ${verdict.alsoMatching.join(", ")} match too and are left alone` : "";
    state.decisions.push(`${what}; ${verdict.evidence}; adopted it instead of creating another${others}`);
    events.onJobSubmitted(job, found, "adopted");
    const status = await requester.send(job, "status", (s) => provider.status(found, s), options.deadline);
    return { videoId: found, status };
  }
};

// src/runner/create-lock.ts
var CreateLock = class {
  creates = 0;
  reconciling = false;
  queue = [];
  /** Runs a create under the shared hold. */
  whileCreating(call, signal) {
    return this.hold(false, call, signal);
  }
  /** Runs a reconcile alone: after every create in flight has answered, before any new one. */
  whileReconciling(call, signal) {
    return this.hold(true, call, signal);
  }
  async hold(exclusive, call, signal) {
    await this.acquire(exclusive, signal);
    try {
      return await call();
    } finally {
      if (exclusive) this.reconciling = false;
      else this.creates--;
      this.pump();
    }
  }
  acquire(exclusive, signal) {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve6, reject) => {
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        this.pump();
        reject(signal?.reason);
      };
      const waiter = {
        exclusive,
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve6();
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }
  pump() {
    while (this.queue.length > 0 && !this.reconciling) {
      const next = this.queue[0];
      if (next.exclusive && this.creates > 0) return;
      this.queue.shift();
      if (next.exclusive) this.reconciling = true;
      else this.creates++;
      next.grant();
    }
  }
};

// src/runner/runner.ts
var SUBMIT_GRACE_MS = 3e3;
async function runJobs(jobs, options) {
  const { clock: clock2, events } = options;
  const random = options.random ?? Math.random;
  const internal = new AbortController();
  setMaxListeners(0, internal.signal);
  const forward = () => internal.abort(options.signal?.reason);
  if (options.signal?.aborted) forward();
  else options.signal?.addEventListener("abort", forward, { once: true });
  const signal = internal.signal;
  const gate = new RateGate(clock2);
  const limit2 = pLimit(Math.max(1, options.concurrency));
  const downloadLimit = pLimit(Math.max(1, options.downloadConcurrency ?? 4));
  const pollers = /* @__PURE__ */ new Map();
  const pollerFor = (provider) => {
    let poller = pollers.get(provider);
    if (!poller) {
      poller = new StatusPoller(provider, {
        clock: clock2,
        poll: options.poll,
        signal,
        request: (what, call) => request(void 0, what, call, 0, true),
        // Under a rate limit, polls take a fifth of the pace at most (each sees every job in flight).
        minGapMs: () => gate.spacingMs() * 5
      });
      pollers.set(provider, poller);
    }
    return poller;
  };
  const videosDir = join2(options.outDir, "videos");
  if (options.download) {
    await mkdir2(videosDir, { recursive: true });
    for (const name of await readdir(videosDir)) if (name.endsWith(".part")) await rm3(join2(videosDir, name), { force: true });
  }
  const records = options.ledger?.read(jobs) ?? /* @__PURE__ */ new Map();
  const claimed = options.ledger?.videoIds() ?? /* @__PURE__ */ new Set();
  const locks = /* @__PURE__ */ new Map();
  const lockFor = (provider) => {
    let lock = locks.get(provider);
    if (!lock) locks.set(provider, lock = new CreateLock());
    return lock;
  };
  const done = /* @__PURE__ */ new Map();
  const submitStop = new AbortController();
  const submitSignal = submitStop.signal;
  setMaxListeners(0, submitSignal);
  const onStop = () => void clock2.sleep(SUBMIT_GRACE_MS).then(() => submitStop.abort(signal.reason));
  if (signal.aborted) submitStop.abort(signal.reason);
  else signal.addEventListener("abort", onStop, { once: true });
  const requester = new Requester({ gate, clock: clock2, retry: options.retry, random, signal, onRetry: events.onRetry });
  const request = requester.send.bind(requester);
  const collector = new Collector({ requester, outDir: options.outDir, variants: options.variants ?? [], clock: clock2 });
  const creator = new Creator({ requester, gate, clock: clock2, retry: options.retry, random, signal, submitSignal, ledger: options.ledger, claimed, lockFor, events });
  async function submit(job, state, deadline) {
    let remixOf;
    if (job.remixOf?.kind === "video") remixOf = job.remixOf.videoId;
    if (job.remixOf?.kind === "job") {
      const source = await done.get(job.remixOf.jobId);
      if (!source || source.status !== "completed" && source.status !== "skipped" || !source.videoId) {
        throw new JobStop("failed", { code: "remix_source_failed", message: `remix source job "${job.remixOf.jobId}" did not complete` });
      }
      remixOf = source.videoId;
    }
    return creator.create(job, options.providerFor(job), remixOf, state, deadline);
  }
  async function completedEarlier(job, provider, videoId, deadline) {
    try {
      const status = await request(job, "status", (s) => provider.status(videoId, s), deadline);
      return status.state === "completed" ? status : void 0;
    } catch (error) {
      if (signal.aborted || !(error instanceof ProviderError)) throw error;
      return void 0;
    }
  }
  async function generate2(job, provider, record4, state, deadline) {
    if (signal.aborted) throw signal.reason;
    if (record4?.videoId && record4.restore !== void 0) provider.restore?.(record4.videoId, record4.restore);
    const madeEarlier = record4?.videoId && record4.ended?.status === "failed" ? await completedEarlier(job, provider, record4.videoId, deadline) : void 0;
    if (record4?.videoId && (!mayCreate(record4, options.regenerateExpired ?? false) || madeEarlier)) {
      state.videoId = record4.videoId;
      state.decisions.push(
        madeEarlier ? `an earlier run failed after ${record4.videoId} was made (not while making it); downloading it instead of paying for another` : `resumed ${record4.videoId} from the ledger instead of creating again`
      );
      events.onJobSubmitted(job, record4.videoId, "resumed");
      state.status = madeEarlier ?? await request(job, "status", (s) => provider.status(record4.videoId, s), deadline);
    } else {
      if (record4?.ended?.status === "expired") {
        state.decisions.push(`${record4.videoId} expired before an earlier run downloaded it; creating it again (--regenerate-expired)`);
      }
      if (record4?.intentAt !== void 0 && !record4.videoId) {
        const what = `an earlier run sent a create at ${new Date(record4.intentAt).toISOString()} and never learned whether it made a video`;
        const found = await creator.reconcile(job, provider, { sinceMs: record4.intentAt, untilMs: clock2.now() }, state, what, "an earlier run got no clear answer to its create", {
          retrying: true,
          retryUncertain: options.retryUncertain?.has(job.id) ?? false,
          deadline
        });
        if (found) {
          state.videoId = found.videoId;
          state.status = found.status;
        }
      }
      if (!state.videoId) {
        const submitted = await submit(job, state, deadline);
        state.videoId = submitted.videoId;
        state.status = submitted.status;
        events.onJobSubmitted(job, submitted.videoId, "created");
      }
    }
    events.onJobProgress(job, state.status);
    try {
      state.status = await pollerFor(provider).watch(state.videoId, job.model, state.status, clock2.now(), deadline, (next) => {
        state.status = next;
        events.onJobProgress(job, next);
      });
      return state.status;
    } catch (error) {
      if (error instanceof WatchTimeout) throw new JobStop("timed_out", { code: "timeout", message: `no result within ${options.timeoutMs / 1e3} s` });
      throw error;
    }
  }
  async function runOne(job) {
    const provider = options.providerFor(job);
    const record4 = records.get(job.id);
    let startedAt = clock2.now();
    const state = { attempts: 0, rateLimited: 0, decisions: [], videoId: null };
    const stem = fileStem(job.id);
    const { target } = collector.paths(stem);
    const finish = (status, extra = {}) => ({
      ...baseResult(job, status),
      rawStatus: state.status?.rawStatus ?? null,
      videoId: state.videoId,
      attempts: state.attempts,
      decisions: state.decisions,
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(clock2.now()).toISOString(),
      durationMs: clock2.now() - startedAt,
      ...extra
    });
    if (record4?.ended?.status === "completed" && (!options.download || record4.ended.file && existsSync3(target))) {
      state.videoId = record4.videoId ?? null;
      return finish("skipped", { file: record4.ended.file, rawStatus: "completed", ...collector.onDisk(stem) });
    }
    try {
      const status = await limit2(() => {
        startedAt = clock2.now();
        return generate2(job, provider, record4, state, options.timeoutMs > 0 ? startedAt + options.timeoutMs : 0);
      });
      if (status.state === "failed") {
        throw new JobStop("failed", status.error ?? { code: status.rawStatus, message: "the generation failed" });
      }
      if (!options.download) return finish("completed");
      if (status.expiresAt !== void 0 && status.expiresAt <= clock2.now()) {
        throw expiredStop(`the video expired at ${new Date(status.expiresAt).toISOString()} before it was downloaded`);
      }
      return await downloadLimit(async () => {
        if (signal.aborted) throw signal.reason;
        const limits = { deadline: options.timeoutMs > 0 ? startedAt + options.timeoutMs : 0, decisions: state.decisions };
        return finish("completed", await collector.collect(job, provider, state.videoId, status, stem, limits));
      });
    } catch (error) {
      if (signal.aborted) return finish("pending");
      if (error instanceof JobStop) return finish(error.outcome, { error: error.info });
      if (error instanceof ProviderError) {
        return finish("failed", { error: { code: error.details.code ?? error.kind, message: error.message } });
      }
      return finish("failed", { error: { code: "internal", message: error instanceof Error ? error.message : String(error) } });
    }
  }
  const settle = (job, result) => {
    if (result.status !== "pending" && result.status !== "skipped") {
      options.ledger?.append({
        type: "ended",
        jobId: job.id,
        fingerprint: jobFingerprint(job),
        videoId: result.videoId,
        status: result.status,
        file: result.file,
        at: clock2.now()
      });
    }
    events.onJobEnd(result);
    return result;
  };
  const admitted = pLimit(Math.max(1, options.concurrency) * 2 + Math.max(1, options.downloadConcurrency ?? 4));
  for (const job of dependencyOrder(jobs)) {
    const source = job.remixOf?.kind === "job" ? done.get(job.remixOf.jobId) : void 0;
    const promise = admitted(async () => {
      await source;
      return settle(job, await runOne(job));
    });
    done.set(job.id, promise);
  }
  const results = await Promise.all(jobs.map((job) => done.get(job.id)));
  signal.removeEventListener("abort", onStop);
  options.signal?.removeEventListener("abort", forward);
  events.onRunEnd(results);
  return results;
}
function dependencyOrder(jobs) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const ordered = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (job) => {
    if (seen.has(job.id)) return;
    seen.add(job.id);
    const source = job.remixOf?.kind === "job" ? byId.get(job.remixOf.jobId) : void 0;
    if (source) visit(source);
    ordered.push(job);
  };
  jobs.forEach(visit);
  return ordered;
}

// src/shard.ts
import { createHash as createHash6 } from "node:crypto";
function parseShard(text, what = "shard") {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(total) || total < 1 || index < 1 || index > total) {
    throw new ConfigError(`${what} takes I/N with 1 <= I <= N, e.g. 2/4 for the second of four shards (got "${text}")`);
  }
  return { index, total };
}
function shardOfId(id, total) {
  const hash = Number.parseInt(createHash6("sha256").update(id, "utf8").digest("hex").slice(0, 8), 16);
  return hash % total + 1;
}
function selectShard(jobs, shard) {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const rootOf = (job) => {
    let current = job;
    for (let hops = 0; hops < jobs.length && current.remixOf?.kind === "job"; hops++) {
      const source = byId.get(current.remixOf.jobId);
      if (!source) break;
      current = source;
    }
    return current.id;
  };
  return jobs.filter((job) => shardOfId(rootOf(job), shard.total) === shard.index);
}
function formatShard(shard) {
  return `${shard.index}/${shard.total}`;
}

// src/simulator/server.ts
import { randomBytes as randomBytes7 } from "node:crypto";
import { createServer } from "node:http";

// src/simulator/h264.ts
var NAL_IDR = 5;
var NAL_SPS = 7;
var NAL_PPS = 8;
var PROFILE_BASELINE = 66;
var LEVEL_3_0 = 30;
var MB_TYPE_I_PCM = 25;
var BitWriter = class {
  bytes = [];
  current = 0;
  bitCount = 0;
  u(bits, value) {
    for (let i = bits - 1; i >= 0; i--) this.bit(value >>> i & 1);
  }
  /** Unsigned Exp-Golomb. */
  ue(value) {
    const coded = value + 1;
    const length = 32 - Math.clz32(coded);
    this.u(length - 1, 0);
    this.u(length, coded);
  }
  /** Signed Exp-Golomb. */
  se(value) {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }
  alignWithZeros() {
    while (this.bitCount !== 0) this.bit(0);
  }
  /** Raw bytes; the writer must be byte-aligned. */
  raw(data) {
    for (const byte of data) this.bytes.push(byte);
  }
  /** rbsp_trailing_bits: a stop bit, then zeros to the byte boundary. */
  trailing() {
    this.bit(1);
    this.alignWithZeros();
    return Uint8Array.from(this.bytes);
  }
  bit(value) {
    this.current = this.current << 1 | value;
    this.bitCount++;
    if (this.bitCount === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.bitCount = 0;
    }
  }
};
function nalUnit(refIdc, type, rbsp) {
  const out = [refIdc << 5 | type];
  let zeros2 = 0;
  for (const byte of rbsp) {
    if (zeros2 >= 2 && byte <= 3) {
      out.push(3);
      zeros2 = 0;
    }
    out.push(byte);
    zeros2 = byte === 0 ? zeros2 + 1 : 0;
  }
  return Uint8Array.from(out);
}
function sequenceParameterSet(codedWidth, codedHeight, displayWidth, displayHeight) {
  const w = new BitWriter();
  w.u(8, PROFILE_BASELINE);
  w.u(8, 192);
  w.u(8, LEVEL_3_0);
  w.ue(0);
  w.ue(0);
  w.ue(2);
  w.ue(1);
  w.u(1, 0);
  w.ue(codedWidth / 16 - 1);
  w.ue(codedHeight / 16 - 1);
  w.u(1, 1);
  w.u(1, 1);
  const cropRight = (codedWidth - displayWidth) / 2;
  const cropBottom = (codedHeight - displayHeight) / 2;
  const cropped = cropRight > 0 || cropBottom > 0;
  w.u(1, cropped ? 1 : 0);
  if (cropped) {
    w.ue(0);
    w.ue(cropRight);
    w.ue(0);
    w.ue(cropBottom);
  }
  w.u(1, 0);
  return nalUnit(3, NAL_SPS, w.trailing());
}
function pictureParameterSet() {
  const w = new BitWriter();
  w.ue(0);
  w.ue(0);
  w.u(1, 0);
  w.u(1, 0);
  w.ue(0);
  w.ue(0);
  w.ue(0);
  w.u(1, 0);
  w.u(2, 0);
  w.se(0);
  w.se(0);
  w.se(0);
  w.u(1, 1);
  w.u(1, 0);
  w.u(1, 0);
  return nalUnit(3, NAL_PPS, w.trailing());
}
function idrSlice(picture, idrPicId) {
  const w = new BitWriter();
  w.ue(0);
  w.ue(7);
  w.ue(0);
  w.u(4, 0);
  w.ue(idrPicId);
  w.u(1, 0);
  w.u(1, 0);
  w.se(0);
  w.ue(1);
  const mbWidth = picture.width / 16;
  const mbHeight = picture.height / 16;
  const chromaWidth = picture.width / 2;
  const block = new Uint8Array(384);
  for (let mbY = 0; mbY < mbHeight; mbY++) {
    for (let mbX = 0; mbX < mbWidth; mbX++) {
      w.ue(MB_TYPE_I_PCM);
      w.alignWithZeros();
      for (let row = 0; row < 16; row++) {
        const start = (mbY * 16 + row) * picture.width + mbX * 16;
        block.set(picture.y.subarray(start, start + 16), row * 16);
      }
      for (let row = 0; row < 8; row++) {
        const start = (mbY * 8 + row) * chromaWidth + mbX * 8;
        block.set(picture.cb.subarray(start, start + 8), 256 + row * 8);
        block.set(picture.cr.subarray(start, start + 8), 320 + row * 8);
      }
      w.raw(block);
    }
  }
  return nalUnit(3, NAL_IDR, w.trailing());
}
function encodeIntraPcm(pictures, displayWidth, displayHeight) {
  const first = pictures[0];
  if (first === void 0) throw new RangeError("encodeIntraPcm needs at least one picture");
  const { width, height } = first;
  if (width % 16 !== 0 || height % 16 !== 0) throw new RangeError(`coded size ${width}x${height} is not a multiple of 16`);
  if (displayWidth % 2 !== 0 || displayHeight % 2 !== 0 || displayWidth > width || displayHeight > height || width - displayWidth >= 16 || height - displayHeight >= 16) {
    throw new RangeError(`display size ${displayWidth}x${displayHeight} does not fit coded size ${width}x${height}`);
  }
  return {
    sps: sequenceParameterSet(width, height, displayWidth, displayHeight),
    pps: pictureParameterSet(),
    frames: pictures.map((picture, index) => idrSlice(picture, index % 2))
  };
}

// src/simulator/mp4.ts
var TIMESCALE = 1e3;
var UNITY_MATRIX = [65536, 0, 0, 0, 65536, 0, 0, 0, 1073741824];
function flatten(part, out) {
  if (part instanceof Uint8Array) out.push(part);
  else for (const child of part) flatten(child, out);
}
function concat(parts) {
  const chunks = [];
  flatten(parts, chunks);
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
function u8(value) {
  return Uint8Array.of(value & 255);
}
function u16(value) {
  return Uint8Array.of(value >>> 8 & 255, value & 255);
}
function u32(value) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}
function fourcc(code) {
  return Uint8Array.from(code, (char) => char.charCodeAt(0));
}
function zeros(count) {
  return new Uint8Array(count);
}
function box(type, ...payload) {
  const body = concat(payload);
  return concat([u32(body.length + 8), fourcc(type), body]);
}
function fullBox(type, version, flags, ...payload) {
  return box(type, u8(version), u8(flags >>> 16), u16(flags & 65535), ...payload);
}
function matrix() {
  return concat(UNITY_MATRIX.map(u32));
}
function avcConfiguration(stream) {
  const { sps, pps } = stream;
  return box(
    "avcC",
    u8(1),
    // configurationVersion
    u8(sps[1] ?? 0),
    // AVCProfileIndication
    u8(sps[2] ?? 0),
    // profile_compatibility
    u8(sps[3] ?? 0),
    // AVCLevelIndication
    u8(252 | 3),
    // lengthSizeMinusOne: 4-byte NAL lengths
    u8(224 | 1),
    // one SPS
    u16(sps.length),
    sps,
    u8(1),
    // one PPS
    u16(pps.length),
    pps
  );
}
function sampleDescription(stream, width, height) {
  const compressorName = zeros(32);
  const avc1 = box(
    "avc1",
    zeros(6),
    u16(1),
    // data_reference_index
    zeros(16),
    // pre_defined, reserved, pre_defined[3]
    u16(width),
    u16(height),
    u32(4718592),
    // 72 dpi
    u32(4718592),
    u32(0),
    u16(1),
    // frame_count
    compressorName,
    u16(24),
    // depth
    u16(65535),
    // pre_defined = -1
    avcConfiguration(stream)
  );
  return fullBox("stsd", 0, 0, u32(1), avc1);
}
function movie(stream, sampleSizes, options, chunkOffset) {
  const { width, height, frameDurationMs } = options;
  const sampleCount = sampleSizes.length;
  const duration = sampleCount * frameDurationMs;
  const sampleTable = box(
    "stbl",
    sampleDescription(stream, width, height),
    fullBox("stts", 0, 0, u32(1), u32(sampleCount), u32(frameDurationMs)),
    fullBox("stsc", 0, 0, u32(1), u32(1), u32(sampleCount), u32(1)),
    // one chunk holds every sample
    fullBox("stsz", 0, 0, u32(0), u32(sampleCount), sampleSizes.map(u32)),
    fullBox("stco", 0, 0, u32(1), u32(chunkOffset))
  );
  const mediaInformation = box(
    "minf",
    fullBox("vmhd", 0, 1, u16(0), zeros(6)),
    box("dinf", fullBox("dref", 0, 0, u32(1), fullBox("url ", 0, 1))),
    sampleTable
  );
  const media2 = box(
    "mdia",
    fullBox("mdhd", 0, 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u16(
      21956
      /* 'und' */
    ), u16(0)),
    fullBox("hdlr", 0, 0, u32(0), fourcc("vide"), zeros(12), fourcc("VideoHandler"), u8(0)),
    mediaInformation
  );
  const track = box(
    "trak",
    fullBox("tkhd", 0, 3, u32(0), u32(0), u32(1), u32(0), u32(duration), zeros(8), u16(0), u16(0), u16(0), u16(0), matrix(), u32(width * 65536), u32(height * 65536)),
    media2
  );
  return box(
    "moov",
    fullBox("mvhd", 0, 0, u32(0), u32(0), u32(TIMESCALE), u32(duration), u32(65536), u16(256), zeros(10), matrix(), zeros(24), u32(2)),
    track
  );
}
function writeMp4(stream, options) {
  if (stream.frames.length === 0) throw new RangeError("writeMp4 needs at least one frame");
  const samples = stream.frames.map((nal) => concat([u32(nal.length), nal]));
  const sampleBytes = samples.reduce((sum, sample) => sum + sample.length, 0);
  const fileType = box("ftyp", fourcc("isom"), u32(512), fourcc("isom"), fourcc("iso2"), fourcc("avc1"), fourcc("mp41"));
  const sizes = samples.map((sample) => sample.length);
  const moovLength = movie(stream, sizes, options, 0).length;
  const unpadded = fileType.length + moovLength + 8 + sampleBytes;
  const wanted = Math.max(options.padToBytes ?? 0, unpadded);
  const largeSize = wanted - fileType.length - moovLength > 4294967295;
  const headerLength = largeSize ? 16 : 8;
  const totalBytes = Math.max(wanted, unpadded + headerLength - 8);
  const mdatLength = totalBytes - fileType.length - moovLength;
  const mdatHeader = largeSize ? concat([u32(1), fourcc("mdat"), u32(Math.floor(mdatLength / 2 ** 32)), u32(mdatLength % 2 ** 32)]) : concat([u32(mdatLength), fourcc("mdat")]);
  const moov = movie(stream, sizes, options, fileType.length + moovLength + headerLength);
  const prefix = concat([fileType, moov, mdatHeader, samples]);
  return { prefix, paddingBytes: totalBytes - prefix.length, totalBytes };
}

// src/simulator/jpeg.ts
var QUANTISER = 6;
var DC_SYMBOLS = Array.from({ length: 12 }, (_, category2) => category2);
var AC_SYMBOLS = [0, 240, ...Array.from({ length: 16 * 10 }, (_, i) => i / 10 << 4 | i % 10 + 1)];
var DC_LENGTH = 4;
var AC_LENGTH = 8;
var ZIGZAG = (() => {
  const order = [];
  for (let sum = 0; sum < 15; sum++) {
    const cells = [];
    for (let row = Math.max(0, sum - 7); row <= Math.min(7, sum); row++) cells.push(row * 8 + (sum - row));
    order.push(...sum % 2 === 0 ? cells.reverse() : cells);
  }
  return order;
})();
var DCT_BASIS = Array.from({ length: 64 }, (_, i) => {
  const u = Math.floor(i / 8);
  const x = i % 8;
  return (u === 0 ? Math.SQRT1_2 : 1) * 0.5 * Math.cos((2 * x + 1) * u * Math.PI / 16);
});
var BitWriter2 = class {
  bytes = [];
  current = 0;
  used = 0;
  write(value, bits) {
    for (let i = bits - 1; i >= 0; i--) {
      this.current = this.current << 1 | value >>> i & 1;
      if (++this.used === 8) {
        this.bytes.push(this.current);
        if (this.current === 255) this.bytes.push(0);
        this.current = 0;
        this.used = 0;
      }
    }
  }
  finish() {
    if (this.used > 0) this.write(255, 8 - this.used);
    return Buffer.from(this.bytes);
  }
};
function segment(marker, payload) {
  return Buffer.from([255, marker, payload.length + 2 >> 8, payload.length + 2 & 255, ...payload]);
}
function huffmanTable(tableClass, symbols, length) {
  const counts = Array.from({ length: 16 }, (_, i) => i + 1 === length ? symbols.length : 0);
  return [tableClass << 4, ...counts, ...symbols];
}
function forwardDct(block) {
  const rows = new Float64Array(64);
  for (let y = 0; y < 8; y++) {
    for (let u = 0; u < 8; u++) {
      let sum = 0;
      for (let x = 0; x < 8; x++) sum += (block[y * 8 + x] ?? 0) * (DCT_BASIS[u * 8 + x] ?? 0);
      rows[y * 8 + u] = sum;
    }
  }
  const out = new Float64Array(64);
  for (let u = 0; u < 8; u++) {
    for (let v = 0; v < 8; v++) {
      let sum = 0;
      for (let y = 0; y < 8; y++) sum += (rows[y * 8 + u] ?? 0) * (DCT_BASIS[v * 8 + y] ?? 0);
      out[v * 8 + u] = sum;
    }
  }
  return out;
}
function category(value) {
  let size = 0;
  for (let magnitude = Math.abs(value); magnitude > 0; magnitude >>= 1) size++;
  return size;
}
function extraBits(value, size) {
  return value < 0 ? value + (1 << size) - 1 : value;
}
function encodeBlock(out, block, previousDc) {
  const coefficients = forwardDct(block);
  const zigzag = ZIGZAG.map((index) => Math.round((coefficients[index] ?? 0) / QUANTISER));
  const dc = zigzag[0] ?? 0;
  const diff = dc - previousDc;
  const dcSize = category(diff);
  out.write(dcSize, DC_LENGTH);
  if (dcSize > 0) out.write(extraBits(diff, dcSize), dcSize);
  let run2 = 0;
  for (let k = 1; k < 64; k++) {
    const value = zigzag[k] ?? 0;
    if (value === 0) {
      run2++;
      continue;
    }
    for (; run2 > 15; run2 -= 16) out.write(AC_SYMBOLS.indexOf(240), AC_LENGTH);
    const size = category(value);
    out.write(AC_SYMBOLS.indexOf(run2 << 4 | size), AC_LENGTH);
    out.write(extraBits(value, size), size);
    run2 = 0;
  }
  if (run2 > 0) out.write(AC_SYMBOLS.indexOf(0), AC_LENGTH);
  return dc;
}
function encodeJpeg(width, height, rgb) {
  if (rgb.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  if (width < 1 || height < 1 || width > 65535 || height > 65535) throw new RangeError(`JPEG sides are 1 to 65535 (got ${width}x${height})`);
  const out = new BitWriter2();
  const previous = [0, 0, 0];
  const blocks = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
  for (let top = 0; top < height; top += 8) {
    for (let left = 0; left < width; left += 8) {
      for (let i = 0; i < 64; i++) {
        const x = Math.min(width - 1, left + i % 8);
        const y = Math.min(height - 1, top + Math.floor(i / 8));
        const p = (y * width + x) * 3;
        const [r, g, b] = [rgb[p] ?? 0, rgb[p + 1] ?? 0, rgb[p + 2] ?? 0];
        blocks[0][i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
        blocks[1][i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
        blocks[2][i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
      }
      for (let c = 0; c < 3; c++) previous[c] = encodeBlock(out, blocks[c], previous[c] ?? 0);
    }
  }
  const components = [1, 2, 3];
  return Buffer.concat([
    Buffer.from([255, 216]),
    segment(224, [74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(219, [0, ...Array.from({ length: 64 }, () => QUANTISER)]),
    segment(192, [8, height >> 8, height & 255, width >> 8, width & 255, 3, ...components.flatMap((id) => [id, 17, 0])]),
    segment(196, [...huffmanTable(0, DC_SYMBOLS, DC_LENGTH), ...huffmanTable(1, AC_SYMBOLS, AC_LENGTH)]),
    segment(218, [3, ...components.flatMap((id) => [id, 0]), 0, 63, 0]),
    out.finish(),
    Buffer.from([255, 217])
  ]);
}

// src/simulator/webp.ts
var BitWriter3 = class {
  bytes = [];
  current = 0;
  used = 0;
  write(value, bits) {
    for (let i = 0; i < bits; i++) {
      this.current |= (value >>> i & 1) << this.used;
      if (++this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }
  /** A prefix code's bits go out first bit first, i.e. the canonical code read from its top bit. */
  writeCode(code, length) {
    for (let i = length - 1; i >= 0; i--) this.write(code >>> i & 1, 1);
  }
  finish() {
    if (this.used > 0) this.bytes.push(this.current);
    return Buffer.from(this.bytes);
  }
};
var CODE_LENGTH_ORDER = [17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
function writeByteCode(out, alphabetSize) {
  out.write(0, 1);
  const count = CODE_LENGTH_ORDER.indexOf(8) + 1;
  out.write(count - 4, 4);
  for (const symbol of CODE_LENGTH_ORDER.slice(0, count)) out.write(symbol === 0 || symbol === 8 ? 1 : 0, 3);
  out.write(0, 1);
  for (let symbol = 0; symbol < alphabetSize; symbol++) out.writeCode(symbol < 256 ? 1 : 0, 1);
}
function writeSingleSymbol(out, symbol) {
  out.write(1, 1);
  out.write(0, 1);
  out.write(1, 1);
  out.write(symbol, 8);
}
function encodeWebp(width, height, rgb) {
  if (rgb.length !== width * height * 3) throw new RangeError(`expected ${width * height * 3} RGB bytes, got ${rgb.length}`);
  if (width < 1 || height < 1 || width > 16384 || height > 16384) throw new RangeError(`WebP sides are 1 to 16384 (got ${width}x${height})`);
  const out = new BitWriter3();
  out.write(47, 8);
  out.write(width - 1, 14);
  out.write(height - 1, 14);
  out.write(0, 1);
  out.write(0, 3);
  out.write(0, 1);
  out.write(0, 1);
  out.write(0, 1);
  writeByteCode(out, 256 + 24);
  writeByteCode(out, 256);
  writeByteCode(out, 256);
  writeSingleSymbol(out, 255);
  writeSingleSymbol(out, 0);
  for (let i = 0; i < rgb.length; i += 3) {
    out.writeCode(rgb[i + 1] ?? 0, 8);
    out.writeCode(rgb[i] ?? 0, 8);
    out.writeCode(rgb[i + 2] ?? 0, 8);
  }
  const vp8l = out.finish();
  const padded = vp8l.length % 2 === 1 ? Buffer.concat([vp8l, Buffer.alloc(1)]) : vp8l;
  const header = Buffer.alloc(20);
  header.write("RIFF", 0, "latin1");
  header.writeUInt32LE(4 + 8 + padded.length, 4);
  header.write("WEBP", 8, "latin1");
  header.write("VP8L", 12, "latin1");
  header.writeUInt32LE(vp8l.length, 16);
  return Buffer.concat([header, padded]);
}

// src/simulator/picture.ts
import { createHash as createHash7 } from "node:crypto";
var SCALE = 16;
var MIN_SIDE = 16;
var MAX_SIDE = 256;
var BARCODE_CELLS = 16;
function evenClamp(value) {
  const even = 2 * Math.round(value / 2);
  return Math.min(MAX_SIDE, Math.max(MIN_SIDE, even));
}
function previewSize(size) {
  const match = /^(\d+)x(\d+)$/.exec(size);
  const width = match ? Number(match[1]) : 720;
  const height = match ? Number(match[2]) : 1280;
  return { width: evenClamp(width / SCALE), height: evenClamp(height / SCALE) };
}
function pictureSeed(id) {
  return createHash7("sha256").update(id).digest();
}
function byteAt(seed, index) {
  return seed[index % seed.length] ?? 0;
}
function codedSide(side) {
  return Math.ceil(side / 16) * 16;
}
function sampleAt(seed, x, y, frame, frames, size) {
  const barcodeRows = Math.max(2, Math.floor(size.height / 8));
  if (y < barcodeRows) {
    const cell = Math.floor(x * BARCODE_CELLS / size.width);
    const bit = byteAt(seed, 3 + (cell >> 3)) >> (cell & 7) & 1;
    return [bit === 1 ? 220 : 40, 128, 128];
  }
  const barWidth = Math.max(2, Math.floor(size.width / 8));
  const barX = Math.floor(frame * (size.width - barWidth) / Math.max(1, frames - 1));
  const cb = 64 + byteAt(seed, 1) % 128;
  const cr3 = 64 + byteAt(seed, 2) % 128;
  if (x >= barX && x < barX + barWidth) return [225, 256 - cb, 256 - cr3];
  const luma = 60 + byteAt(seed, 0) % 100 + Math.floor(y * 40 / size.height);
  return [luma, cb, cr3];
}
function renderPicture(seed, frame, frames, size) {
  const width = codedSide(size.width);
  const height = codedSide(size.height);
  const y = new Uint8Array(width * height);
  const cb = new Uint8Array(width / 2 * (height / 2));
  const cr3 = new Uint8Array(width / 2 * (height / 2));
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const [luma, blue, red] = sampleAt(seed, Math.min(col, size.width - 1), Math.min(row, size.height - 1), frame, frames, size);
      y[row * width + col] = luma;
      if (row % 2 === 0 && col % 2 === 0) {
        const index = row / 2 * (width / 2) + col / 2;
        cb[index] = blue;
        cr3[index] = red;
      }
    }
  }
  return { width, height, y, cb, cr: cr3 };
}
function clampByte(value) {
  return Math.min(255, Math.max(0, Math.round(value)));
}
function pictureToRgb(picture, size) {
  const rgb = new Uint8Array(size.width * size.height * 3);
  for (let row = 0; row < size.height; row++) {
    for (let col = 0; col < size.width; col++) {
      const chroma = (row >> 1) * (picture.width / 2) + (col >> 1);
      const luma = 1.164 * ((picture.y[row * picture.width + col] ?? 16) - 16);
      const blue = (picture.cb[chroma] ?? 128) - 128;
      const red = (picture.cr[chroma] ?? 128) - 128;
      const out = (row * size.width + col) * 3;
      rgb[out] = clampByte(luma + 1.596 * red);
      rgb[out + 1] = clampByte(luma - 0.392 * blue - 0.813 * red);
      rgb[out + 2] = clampByte(luma + 2.017 * blue);
    }
  }
  return rgb;
}

// src/simulator/content.ts
var PREVIEW_TYPES = { thumbnail: "image/webp", spritesheet: "image/jpeg" };
var FRAMES_PER_SECOND = 2;
var SPRITESHEET_COLUMNS = 4;
var VideoAssets = class {
  mp4Cache = /* @__PURE__ */ new Map();
  contentBytes;
  cacheSize;
  constructor(options = {}) {
    this.contentBytes = options.contentBytes ?? 0;
    this.cacheSize = options.cacheSize ?? 128;
  }
  /** The MP4 for a video; `prefix` then `paddingBytes` zero bytes make the whole file. */
  mp4(source) {
    const cached = this.mp4Cache.get(source.id);
    if (cached) return cached;
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    const seed = pictureSeed(source.id);
    const pictures = Array.from({ length: frames }, (_, frame) => renderPicture(seed, frame, frames, size));
    const stream = encodeIntraPcm(pictures, size.width, size.height);
    const file3 = writeMp4(stream, { width: size.width, height: size.height, frameDurationMs: 1e3 / FRAMES_PER_SECOND, padToBytes: this.contentBytes });
    this.mp4Cache.set(source.id, file3);
    if (this.mp4Cache.size > this.cacheSize) {
      const oldest = this.mp4Cache.keys().next();
      if (!oldest.done) this.mp4Cache.delete(oldest.value);
    }
    return file3;
  }
  /** The first frame as a lossless WebP. */
  thumbnail(source) {
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    return encodeWebp(size.width, size.height, pictureToRgb(renderPicture(pictureSeed(source.id), 0, frames, size), size));
  }
  /** Every frame, tiled left to right and top to bottom, as one JPEG. */
  spritesheet(source) {
    const size = previewSize(source.size);
    const frames = Math.max(1, Math.round(source.seconds * FRAMES_PER_SECOND));
    const seed = pictureSeed(source.id);
    const columns = Math.min(SPRITESHEET_COLUMNS, frames);
    const rows = Math.ceil(frames / columns);
    const sheet = { width: size.width * columns, height: size.height * rows };
    const rgb = new Uint8Array(sheet.width * sheet.height * 3);
    for (let frame = 0; frame < frames; frame++) {
      const tile2 = pictureToRgb(renderPicture(seed, frame, frames, size), size);
      const left = frame % columns * size.width;
      const top = Math.floor(frame / columns) * size.height;
      for (let row = 0; row < size.height; row++) {
        const from = row * size.width * 3;
        rgb.set(tile2.subarray(from, from + size.width * 3), ((top + row) * sheet.width + left) * 3);
      }
    }
    return encodeJpeg(sheet.width, sheet.height, rgb);
  }
};

// src/simulator/faults.ts
var FaultQueue = class {
  pending = [];
  constructor(faults = []) {
    this.add(faults);
  }
  add(faults) {
    for (const fault of faults) {
      const remaining = fault.times ?? 1;
      if (remaining > 0) this.pending.push({ fault, remaining });
    }
  }
  /** Consumes one use of the first fault that matches the request, if any. */
  take(subject) {
    const index = this.pending.findIndex(({ fault }) => matches(fault, subject));
    const entry = this.pending[index];
    if (!entry) return void 0;
    entry.remaining--;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return entry.fault;
  }
  /** Drops every fault not yet used up: the server behaves again. */
  clear() {
    this.pending.length = 0;
  }
  /** Faults not yet used up. */
  get remaining() {
    return this.pending.reduce((sum, entry) => sum + entry.remaining, 0);
  }
};
function matches(fault, subject) {
  if (fault.route !== "any" && fault.route !== subject.route) return false;
  const { match } = fault;
  return match === void 0 || subject.texts.some((text) => text.includes(match));
}

// src/simulator/http.ts
var MAX_BODY_BYTES = 64 * 1024 * 1024;
var PADDING_CHUNK_BYTES = 64 * 1024;
function jsonReply(status, value, headers = {}) {
  return { status, headers: { "content-type": "application/json", ...headers }, body: Buffer.from(JSON.stringify(value)) };
}
function errorReply(status, error, headers = {}) {
  return jsonReply(status, { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code ?? null } }, headers);
}
function bodyKeys(body) {
  const names = body.json ? Object.keys(body.json) : [...body.fields.keys(), ...body.files.keys()];
  return [...new Set(names.map((name) => name.replace(/\[.*$/, "")))];
}
async function readBody(req) {
  const chunks = [];
  let total = 0;
  try {
    for await (const chunk of req) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += buffer.length;
      if (total <= MAX_BODY_BYTES) chunks.push(buffer);
    }
  } catch {
    return void 0;
  }
  return { bytes: Buffer.concat(chunks), tooLarge: total > MAX_BODY_BYTES };
}
function scalar(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
async function parseBody(bytes, contentType) {
  const fields = /* @__PURE__ */ new Map();
  const files = /* @__PURE__ */ new Map();
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (bytes.length === 0) return { fields, files };
  try {
    if (type === "application/json" || type === "") {
      const parsed = JSON.parse(bytes.toString("utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { fields, files, error: "The request body must be a JSON object." };
      for (const [key, value] of Object.entries(parsed)) {
        const text = scalar(value);
        if (text !== void 0) fields.set(key, text);
      }
      return { fields, files, json: parsed };
    } else if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
      const form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType ?? type } }).formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === "string") fields.set(key, value);
        else files.set(key, { name: value.name, type: value.type, size: value.size });
      }
    } else {
      return { fields, files, error: `Unsupported content type '${type}'.` };
    }
  } catch {
    return { fields, files, error: `We could not parse the ${type || "JSON"} body of your request.` };
  }
  return { fields, files };
}
function writeChunk(res, chunk) {
  if (res.destroyed) return Promise.resolve(false);
  if (res.write(chunk)) return Promise.resolve(true);
  return new Promise((resolve6) => {
    const done = (ok2) => () => {
      res.off("drain", onDrain);
      res.off("close", onClose);
      resolve6(ok2);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once("drain", onDrain);
    res.once("close", onClose);
  });
}
async function writeZeros(res, count) {
  const zeros2 = new Uint8Array(Math.min(PADDING_CHUNK_BYTES, count));
  for (let left = count; left > 0; left -= zeros2.length) {
    if (!await writeChunk(res, left >= zeros2.length ? zeros2 : zeros2.subarray(0, left))) return false;
  }
  return true;
}
async function writeReply(res, reply, options = {}) {
  const padding = reply.paddingBytes ?? 0;
  const total = reply.body.length + padding;
  res.writeHead(reply.status, { ...reply.headers, "content-length": String(total) });
  if (!options.truncate) {
    if (!await writeChunk(res, reply.body)) return;
    if (padding > 0 && !await writeZeros(res, padding)) return;
    res.end();
    return;
  }
  res.flushHeaders();
  const cut2 = Math.floor(total / 2);
  const head = reply.body.subarray(0, Math.min(cut2, reply.body.length));
  if (await writeChunk(res, head) && cut2 > head.length) await writeZeros(res, cut2 - head.length);
  res.socket?.write(new Uint8Array(0), () => res.socket?.destroy());
}

// src/simulator/videos.ts
var PROMPT_MARKERS = {
  /** Ends `failed` with code `moderation_blocked` as soon as generation starts (progress 0). */
  moderation: "[sim:moderation]",
  /** Ends `failed` with code `internal_error` halfway through generation. */
  fail: "[sim:fail]",
  /** Takes 5x the generation time. */
  slow: "[sim:slow]"
};
var SLOW_FACTOR = 5;
function planVideo(request, timing) {
  const { prompt } = request;
  const base = typeof timing.generationMs === "function" ? timing.generationMs(prompt) : timing.generationMs;
  const generationMs = Math.max(0, base) * (prompt.includes(PROMPT_MARKERS.slow) ? SLOW_FACTOR : 1);
  let failure = null;
  if (prompt.includes(PROMPT_MARKERS.moderation)) {
    failure = {
      code: "moderation_blocked",
      message: "Your request was blocked by our moderation system.",
      failAfterMs: 0
    };
  } else if (prompt.includes(PROMPT_MARKERS.fail)) {
    failure = {
      code: "internal_error",
      message: "Video generation failed due to an internal error. Please try again.",
      failAfterMs: Math.floor(generationMs / 2)
    };
  }
  return {
    id: request.id,
    prompt,
    model: request.model,
    seconds: request.seconds,
    size: request.size,
    createdAtMs: request.createdAtMs,
    queueMs: Math.max(0, timing.queueMs),
    generationMs,
    failure,
    remixedFromVideoId: request.remixedFromVideoId ?? null,
    ...request.inputReferenceBytes === void 0 ? {} : { inputReferenceBytes: request.inputReferenceBytes }
  };
}
function plannedCompletionMs(job) {
  return job.failure ? null : job.createdAtMs + job.queueMs + job.generationMs;
}
function progressAfter(job, generatingMs) {
  if (job.generationMs <= 0) return 0;
  return Math.min(99, Math.max(0, Math.floor(100 * generatingMs / job.generationMs)));
}
function videoStateAt(job, nowMs, expiresAfterMs) {
  const generatingMs = nowMs - job.createdAtMs - job.queueMs;
  if (generatingMs < 0) return { status: "queued", progress: 0, completedAtMs: null, expiresAtMs: null, error: null };
  if (job.failure && generatingMs >= job.failure.failAfterMs) {
    const { code, message } = job.failure;
    return { status: "failed", progress: progressAfter(job, job.failure.failAfterMs), completedAtMs: null, expiresAtMs: null, error: { code, message } };
  }
  if (job.failure || generatingMs < job.generationMs) {
    return { status: "in_progress", progress: progressAfter(job, generatingMs), completedAtMs: null, expiresAtMs: null, error: null };
  }
  const completedAtMs = job.createdAtMs + job.queueMs + job.generationMs;
  return { status: "completed", progress: 100, completedAtMs, expiresAtMs: completedAtMs + expiresAfterMs, error: null };
}
function isExpired(state, nowMs) {
  return state.expiresAtMs !== null && nowMs >= state.expiresAtMs;
}

// src/simulator/world.ts
function matchPath(pattern2, pathname) {
  const want = pattern2.split("/");
  const have = pathname.split("/");
  if (want.length !== have.length) return void 0;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i] ?? "";
    const actual = have[i] ?? "";
    if (expected.startsWith(":")) {
      if (actual === "") return void 0;
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return void 0;
      }
    } else if (expected !== actual) {
      return void 0;
    }
  }
  return params;
}
function acceptVideo(world, request) {
  const job = planVideo({ ...request, id: world.store.newId() }, world.timing);
  world.store.add(job);
  world.stats.billedCreates++;
  const completedAt = plannedCompletionMs(job);
  world.stats.videos.set(job.id, {
    id: job.id,
    prompt: job.prompt,
    model: job.model,
    seconds: job.seconds,
    size: job.size,
    createdAt: job.createdAtMs,
    ...completedAt === null ? {} : { completedAt },
    ...job.failure ? { failureCode: job.failure.code } : {},
    ...job.remixedFromVideoId === null ? {} : { remixedFromVideoId: job.remixedFromVideoId },
    ...job.inputReferenceBytes === void 0 ? {} : { inputReferenceBytes: job.inputReferenceBytes }
  });
  return job;
}
function showVideo(world, job, now) {
  const state = videoStateAt(job, now, world.expiresAfterMs);
  const record4 = world.stats.videos.get(job.id);
  if (state.status === "completed" && record4 && record4.firstSeenCompletedAt === void 0) record4.firstSeenCompletedAt = now;
  return state;
}
function peekVideo(world, job, now) {
  return videoStateAt(job, now, world.expiresAfterMs);
}

// src/simulator/generations.ts
var DEFAULT_DURATION = "5";
var DEFAULT_SIZE = "1280x720";
var MAX_DURATION = 60;
var GENERATIONS_FIELDS = ["model", "prompt", "duration"];
function videoFileReply(world, job, now, noFile) {
  const state = peekVideo(world, job, now);
  if (state.status === "failed") return noFile("failed");
  if (state.status !== "completed") return noFile("not_ready");
  if (isExpired(state, now)) return noFile("expired");
  const file3 = world.assets.mp4({ id: job.id, seconds: Number(job.seconds), size: job.size });
  return { status: 200, headers: { "content-type": "video/mp4" }, body: file3.prefix, paddingBytes: file3.paddingBytes };
}
function invalid(message, param, code = "invalid_value") {
  return errorReply(400, { message, type: "invalid_request_error", param, code });
}
function pause2(ms) {
  return new Promise((resolve6) => setTimeout(resolve6, Math.max(0, ms)).unref());
}
async function generate(world, origin, context) {
  const { fields, error } = context.body;
  if (error !== void 0) return invalid(error, null, null);
  const extra = bodyKeys(context.body).find((name) => !GENERATIONS_FIELDS.includes(name));
  if (extra !== void 0) return invalid(`Unknown parameter: '${extra}'.`, extra, "unknown_parameter");
  const prompt = fields.get("prompt");
  if (prompt === void 0 || prompt.trim() === "") return invalid("Missing required parameter: 'prompt'.", "prompt", "missing_required_parameter");
  const model = fields.get("model") ?? "sora-2";
  if (!world.isModelAllowed("openai-generations", model)) return invalid(`The model '${model}' does not exist or you do not have access to it.`, "model", "invalid_model");
  const duration = fields.get("duration") ?? DEFAULT_DURATION;
  if (!/^\d+$/.test(duration) || Number(duration) < 1 || Number(duration) > MAX_DURATION) {
    return invalid(`Invalid value: '${duration}'. 'duration' must be a whole number from 1 to ${MAX_DURATION}.`, "duration");
  }
  const job = acceptVideo(world, { prompt, model, seconds: String(Number(duration)), size: DEFAULT_SIZE, createdAtMs: context.now });
  const doneAt = plannedCompletionMs(job) ?? job.createdAtMs + job.queueMs + (job.failure?.failAfterMs ?? 0);
  await pause2(doneAt - context.now);
  const state = showVideo(world, job, Math.max(context.now, doneAt));
  if (state.error?.code === "moderation_blocked") {
    return errorReply(400, { message: state.error.message, type: "invalid_request_error", param: "prompt", code: state.error.code });
  }
  if (state.error) return errorReply(500, { message: state.error.message, type: "server_error", param: null, code: state.error.code });
  return jsonReply(200, { created: Math.floor(context.now / 1e3), data: [{ url: `${origin()}/v1/generations/files/${job.id}.mp4` }] });
}
function file(world, context) {
  const id = (context.params.id ?? "").replace(/\.mp4$/, "");
  const job = world.store.get(id);
  const missing = (message) => errorReply(404, { message, type: "invalid_request_error", param: null, code: null });
  if (!job) return missing(`File '${id}' not found.`);
  return videoFileReply(world, job, context.now, (why) => missing(why === "expired" ? `File '${id}' has expired.` : `File '${id}' is not available.`));
}
function generationsRoutes(world, origin) {
  return [
    { name: "create", method: "POST", pattern: "/v1/videos/generations", handle: (context) => generate(world, origin, context) },
    { name: "content", method: "GET", pattern: "/v1/generations/files/:id", handle: (context) => file(world, context) }
  ];
}
function nestedText(body, pick) {
  if (!body.json) return void 0;
  const value = pick(body.json);
  return typeof value === "string" ? value : void 0;
}

// src/simulator/models.ts
var GATEWAY_MODELS = ["veo-*", "seedance-*", "doubao-seedance-*", "kling-*", "wan-*"];
var OPENAI_SNAPSHOTS = {
  "sora-2-2025-10-06": "sora-2",
  "sora-2-2025-12-08": "sora-2",
  "sora-2-pro-2025-10-06": "sora-2-pro"
};
var GENERATIONS_MODELS = ["sora"];
var CATALOG_PROVIDERS = ["openai", "veo", "seedance"];
function modelAllowList(models2) {
  return (model) => models2.some((entry) => entry.endsWith("*") ? model.startsWith(entry.slice(0, -1)) : model === entry);
}
function catalogRow2(provider, model) {
  const shape = provider === "openai-generations" ? "openai" : provider;
  return modelInfo(shape, OPENAI_SNAPSHOTS[model] ?? model);
}
function modelAcceptor(models2) {
  if (models2) {
    const allowed = modelAllowList(models2);
    return (_provider, model) => allowed(model);
  }
  const gateway = modelAllowList(GATEWAY_MODELS);
  return (provider, model) => {
    if (catalogRow2(provider, model)) return true;
    if (provider !== "openai" && provider !== "openai-generations") return false;
    if (provider === "openai-generations" && GENERATIONS_MODELS.includes(model)) return true;
    return gateway(model) || CATALOG_PROVIDERS.some((other) => modelInfo(other, model) !== void 0);
  };
}

// src/simulator/openai-edits.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/simulator/openai-routes.ts
var DEFAULT_SECONDS = "4";
var DEFAULT_SIZE2 = "720x1280";
var DEFAULT_MODEL = "sora-2";
var MAX_SECONDS = 60;
var MIN_SIDE2 = 16;
var MAX_SIDE2 = 4096;
var DEFAULT_LIST_LIMIT = 20;
var MAX_LIST_LIMIT = 100;
function epochSeconds(ms) {
  return ms === null ? null : Math.floor(ms / 1e3);
}
function toOpenAiVideo(job, state) {
  return {
    id: job.id,
    object: "video",
    created_at: Math.floor(job.createdAtMs / 1e3),
    status: state.status,
    completed_at: epochSeconds(state.completedAtMs),
    error: state.error,
    expires_at: epochSeconds(state.expiresAtMs),
    model: job.model,
    progress: state.progress,
    prompt: job.prompt,
    remixed_from_video_id: job.remixedFromVideoId,
    seconds: job.seconds,
    size: job.size
  };
}
function invalid2(message, param, code = "invalid_value", status = 400) {
  return errorReply(status, { message, type: "invalid_request_error", param, code });
}
function videoNotFound(id) {
  return errorReply(404, { message: `Video with id '${id}' not found.`, type: "invalid_request_error", param: null, code: null });
}
function invalidUrl(method, path2) {
  return errorReply(404, { message: `Invalid URL (${method} ${path2})`, type: "invalid_request_error", param: null, code: null });
}
function supportedValues(values) {
  const quoted = values.map((value) => `'${value}'`);
  if (quoted.length <= 2) return quoted.join(" and ");
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted.at(-1)}`;
}
function unknownParameter(context, known) {
  const extra = bodyKeys(context.body).find((name) => !known.includes(name));
  return extra === void 0 ? void 0 : invalid2(`Unknown parameter: '${extra}'.`, extra, "unknown_parameter");
}
function checkSeconds(provider, model, seconds3, param = "seconds") {
  const allowed = catalogRow2(provider, model)?.seconds?.map(String);
  if (allowed) return allowed.includes(seconds3) ? void 0 : invalid2(`Invalid value: '${seconds3}'. Supported values are: ${supportedValues(allowed)}.`, param);
  if (/^\d+$/.test(seconds3) && Number(seconds3) >= 1 && Number(seconds3) <= MAX_SECONDS) return void 0;
  return invalid2(`Invalid value: '${seconds3}'. '${param}' must be a whole number from 1 to ${MAX_SECONDS}.`, param);
}
var CREATE_FIELDS = ["prompt", "model", "seconds", "size", "input_reference"];
function readCreateFields(world, context) {
  const { fields, error } = context.body;
  if (error !== void 0) return invalid2(error, null, null);
  const unknown = unknownParameter(context, CREATE_FIELDS);
  if (unknown) return unknown;
  const prompt = fields.get("prompt");
  if (prompt === void 0 || prompt.trim() === "") {
    return invalid2("Missing required parameter: 'prompt'.", "prompt", "missing_required_parameter");
  }
  const model = fields.get("model") ?? DEFAULT_MODEL;
  if (!world.isModelAllowed("openai", model)) return invalid2(`The model '${model}' does not exist or you do not have access to it.`, "model", "invalid_model");
  const seconds3 = fields.get("seconds") ?? DEFAULT_SECONDS;
  const badSeconds = checkSeconds("openai", model, seconds3);
  if (badSeconds) return badSeconds;
  const size = fields.get("size") ?? DEFAULT_SIZE2;
  const sizes = catalogRow2("openai", model)?.sizes;
  if (sizes && !sizes.includes(size)) {
    return invalid2(`Invalid value: '${size}'. Supported values for model '${model}' are: ${supportedValues(sizes)}.`, "size");
  }
  const sides = /^(\d+)x(\d+)$/.exec(size)?.slice(1).map(Number) ?? [];
  if (sides.length !== 2 || sides.some((side) => side < MIN_SIDE2 || side > MAX_SIDE2)) {
    return invalid2(`Invalid value: '${size}'. 'size' must look like '720x1280', each side ${MIN_SIDE2} to ${MAX_SIDE2}.`, "size");
  }
  return { prompt, model, seconds: String(Number(seconds3)), size };
}
function create(world, context) {
  const fields = readCreateFields(world, context);
  if ("status" in fields) return fields;
  const reference = context.body.files.get("input_reference");
  const job = acceptVideo(world, {
    ...fields,
    createdAtMs: context.now,
    ...reference ? { inputReferenceBytes: reference.size } : {}
  });
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}
function retrieve(world, context) {
  const id = context.params.id ?? "";
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  return jsonReply(200, toOpenAiVideo(job, showVideo(world, job, context.now)));
}
function list(world, context) {
  if (!world.supportsList) return invalidUrl(context.method, context.path);
  const { query } = context;
  const limitText = query.get("limit") ?? String(DEFAULT_LIST_LIMIT);
  const limit2 = Number(limitText);
  if (!Number.isInteger(limit2) || limit2 < 1 || limit2 > MAX_LIST_LIMIT) {
    return invalid2(`Invalid value: '${limitText}'. 'limit' must be an integer from 1 to ${MAX_LIST_LIMIT}.`, "limit");
  }
  const order = query.get("order") ?? "desc";
  if (order !== "asc" && order !== "desc") return invalid2(`Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, "order");
  const after = query.get("after") ?? void 0;
  const page = world.store.page({ limit: limit2, order, ...after === void 0 ? {} : { after } });
  if (!page) return invalid2(`Invalid value: '${after}'. 'after' must be the id of a video.`, "after");
  const data = page.jobs.map((job) => toOpenAiVideo(job, showVideo(world, job, context.now)));
  return jsonReply(200, { object: "list", data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: page.hasMore });
}
function content(world, context) {
  const id = context.params.id ?? "";
  const variant = context.query.get("variant") ?? "video";
  if (variant !== "video" && variant !== "thumbnail" && variant !== "spritesheet") {
    return invalid2(`Invalid value: '${variant}'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.`, "variant");
  }
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const state = peekVideo(world, job, context.now);
  if (state.status === "failed") {
    return errorReply(404, { message: `Video '${id}' failed to generate and has no content.`, type: "invalid_request_error", param: null, code: null });
  }
  if (state.status !== "completed") {
    return errorReply(404, { message: `Video is not ready yet, use GET /v1/videos/${id} to check status.`, type: "invalid_request_error", param: null, code: null });
  }
  if (isExpired(state, context.now)) {
    return errorReply(404, { message: `The content of video '${id}' has expired.`, type: "invalid_request_error", param: null, code: "video_expired" });
  }
  const source = { id: job.id, seconds: Number(job.seconds), size: job.size };
  if (variant === "thumbnail") return { status: 200, headers: { "content-type": PREVIEW_TYPES.thumbnail }, body: world.assets.thumbnail(source) };
  if (variant === "spritesheet") return { status: 200, headers: { "content-type": PREVIEW_TYPES.spritesheet }, body: world.assets.spritesheet(source) };
  const file3 = world.assets.mp4(source);
  return { status: 200, headers: { "content-type": "video/mp4" }, body: file3.prefix, paddingBytes: file3.paddingBytes };
}
function remix(world, context) {
  const id = context.params.id ?? "";
  const { fields, error } = context.body;
  if (error !== void 0) return invalid2(error, null, null);
  const unknown = unknownParameter(context, ["prompt"]);
  if (unknown) return unknown;
  const prompt = fields.get("prompt");
  if (prompt === void 0 || prompt.trim() === "") return invalid2("Missing required parameter: 'prompt'.", "prompt", "missing_required_parameter");
  const source = world.store.get(id);
  if (!source) return videoNotFound(id);
  const state = peekVideo(world, source, context.now);
  if (state.status !== "completed") {
    return invalid2(`Video '${id}' is ${state.status}; only completed videos can be remixed.`, null, null);
  }
  const job = acceptVideo(world, {
    prompt,
    model: source.model,
    seconds: source.seconds,
    size: source.size,
    createdAtMs: context.now,
    remixedFromVideoId: source.id
  });
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}
function remove(world, context) {
  const id = context.params.id ?? "";
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const { status } = peekVideo(world, job, context.now);
  if (status === "queued" || status === "in_progress") {
    return invalid2(`Video '${id}' is ${status}; only completed or failed videos can be deleted.`, null, null);
  }
  world.store.delete(id);
  return jsonReply(200, { id, object: "video.deleted", deleted: true });
}
function openAiVideoRoutes(world, prefix = "/v1") {
  const route = (name, method, pattern2, handler) => ({
    name,
    method,
    pattern: prefix + pattern2,
    handle: (context) => handler(world, context)
  });
  return [
    route("create", "POST", "/videos", create),
    route("list", "GET", "/videos", list),
    route("retrieve", "GET", "/videos/:id", retrieve),
    route("delete", "DELETE", "/videos/:id", remove),
    route("content", "GET", "/videos/:id/content", content),
    route("remix", "POST", "/videos/:id/remix", remix)
  ];
}

// src/simulator/openai-edits.ts
var EXTENSION_SECONDS = ["4", "8", "12", "16", "20"];
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function notModelled(what) {
  return invalid2(`The video-batch simulator does not model ${what}; pass the source as video: {id: "video_..."}.`, "video", "unsupported_by_simulator");
}
function sourceVideo(world, context, action) {
  const body = context.body;
  if (body.files.has("video")) return notModelled(`${action} of an uploaded video`);
  const id = body.fields.get("video[id]") ?? record(body.json?.video)?.id;
  if (typeof id !== "string" || id === "") return invalid2("Missing required parameter: 'video'.", "video", "missing_required_parameter");
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const { status } = peekVideo(world, job, context.now);
  if (status !== "completed") return invalid2(`Video '${id}' is ${status}; only completed videos can be used for ${action}.`, "video", null);
  return job;
}
function promptOf(context) {
  const prompt = context.body.fields.get("prompt");
  if (prompt === void 0 || prompt.trim() === "") return invalid2("Missing required parameter: 'prompt'.", "prompt", "missing_required_parameter");
  return prompt;
}
function derive(world, context, action, known) {
  if (context.body.error !== void 0) return invalid2(context.body.error, null, null);
  const unknown = unknownParameter(context, known);
  if (unknown) return unknown;
  const prompt = promptOf(context);
  if (typeof prompt !== "string") return prompt;
  let seconds3;
  if (action === "extensions") {
    seconds3 = context.body.fields.get("seconds");
    if (seconds3 === void 0) return invalid2("Missing required parameter: 'seconds'.", "seconds", "missing_required_parameter");
    if (!EXTENSION_SECONDS.includes(seconds3)) return invalid2(`Invalid value: '${seconds3}'. Supported values are: ${supportedValues(EXTENSION_SECONDS)}.`, "seconds");
  }
  const source = sourceVideo(world, context, action === "edits" ? "an edit" : "an extension");
  if ("status" in source) return source;
  const job = acceptVideo(world, {
    prompt,
    model: source.model,
    // An extension's `seconds` is the stitched total, as the SDK's `Video.seconds` says.
    seconds: seconds3 === void 0 ? source.seconds : String(Number(source.seconds) + Number(seconds3)),
    size: source.size,
    createdAtMs: context.now
  });
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}
function createCharacter(world, context) {
  if (context.body.error !== void 0) return invalid2(context.body.error, null, null);
  const unknown = unknownParameter(context, ["name", "video"]);
  if (unknown) return unknown;
  const name = context.body.fields.get("name");
  if (name === void 0 || name.trim() === "") return invalid2("Missing required parameter: 'name'.", "name", "missing_required_parameter");
  if (!context.body.files.has("video")) return invalid2("Missing required parameter: 'video'.", "video", "missing_required_parameter");
  const character = { id: `char_${randomBytes4(16).toString("hex")}`, created_at: Math.floor(context.now / 1e3), name };
  world.characters.set(character.id, character);
  return jsonReply(200, character);
}
function getCharacter(world, context) {
  const id = context.params.id ?? "";
  const character = world.characters.get(id);
  if (!character) return invalid2(`Character with id '${id}' not found.`, null, null, 404);
  return jsonReply(200, character);
}
function openAiEditRoutes(world, prefix = "/v1") {
  return [
    { name: "edit", method: "POST", pattern: `${prefix}/videos/edits`, handle: (context) => derive(world, context, "edits", ["prompt", "video"]) },
    { name: "extend", method: "POST", pattern: `${prefix}/videos/extensions`, handle: (context) => derive(world, context, "extensions", ["prompt", "seconds", "video"]) },
    { name: "characters", method: "POST", pattern: `${prefix}/videos/characters`, handle: (context) => createCharacter(world, context) },
    { name: "characters", method: "GET", pattern: `${prefix}/videos/characters/:id`, handle: (context) => getCharacter(world, context) }
  ];
}

// src/simulator/rate-limit.ts
function formatResetDuration(ms) {
  const rounded = Math.max(0, Math.ceil(ms));
  if (rounded < 1e3) return `${rounded}ms`;
  if (rounded < 6e4) return `${Number((rounded / 1e3).toFixed(3))}s`;
  const minutes = Math.floor(rounded / 6e4);
  return `${minutes}m${Number(((rounded - minutes * 6e4) / 1e3).toFixed(3))}s`;
}
var RateLimiter = class {
  tokens;
  updatedAt;
  capacity;
  perMs;
  /** @throws RangeError when requestsPerMinute is not positive */
  constructor(options) {
    if (!(options.requestsPerMinute > 0)) throw new RangeError("rateLimit.requestsPerMinute must be positive");
    this.capacity = options.requestsPerMinute;
    this.perMs = options.requestsPerMinute / 6e4;
    this.tokens = this.capacity;
  }
  /** Takes one token at `nowMs` if there is one. */
  take(nowMs) {
    if (this.updatedAt !== void 0) {
      this.tokens = Math.min(this.capacity, this.tokens + Math.max(0, nowMs - this.updatedAt) * this.perMs);
    }
    this.updatedAt = nowMs;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const retryAfterMs2 = allowed ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
    return {
      allowed,
      retryAfterMs: retryAfterMs2,
      headers: {
        "x-ratelimit-limit-requests": String(this.capacity),
        "x-ratelimit-remaining-requests": String(Math.floor(this.tokens)),
        "x-ratelimit-reset-requests": formatResetDuration((this.capacity - this.tokens) / this.perMs)
      }
    };
  }
};

// src/simulator/seedance.ts
var RATIOS2 = {
  "16:9": [16, 9],
  "9:16": [9, 16],
  "4:3": [4, 3],
  "3:4": [3, 4],
  "1:1": [1, 1],
  "21:9": [21, 9]
};
var TIERS2 = { "480p": 480, "720p": 720, "1080p": 1080 };
var BODY_FIELDS = [
  "model",
  "content",
  "callback_url",
  "return_last_frame",
  "ratio",
  "resolution",
  "duration",
  "frames",
  "seed",
  "camera_fixed",
  "watermark",
  "service_tier",
  "execution_expires_after",
  "generate_audio",
  "draft"
];
var MIN_DURATION = 2;
var MAX_DURATION2 = 15;
var STATUS = { queued: "queued", in_progress: "running", completed: "succeeded", failed: "failed" };
var ERROR_CODES = {
  moderation_blocked: "OutputVideoSensitiveContentDetected",
  internal_error: "InternalServiceError"
};
function arkError(status, code, message, param = "") {
  return jsonReply(status, { error: { code, message, param, type: status === 404 ? "NotFound" : "BadRequest" } });
}
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function items(json) {
  const content2 = json?.content;
  if (!Array.isArray(content2)) return [];
  return content2.flatMap((item) => {
    const entry = record2(item);
    return entry ? [entry] : [];
  });
}
function promptOf2(body) {
  return nestedText(body, (json) => items(json).find((item) => item.type === "text")?.text);
}
function sizeOf(ratio, short) {
  const [w, h] = ratio;
  const long = Math.round(short * Math.max(w, h) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}
function create2(world, context) {
  const { json, error } = context.body;
  if (error !== void 0 || !json) return arkError(400, "InvalidParameter", error ?? "The request body must be a JSON object.");
  const model = json.model;
  if (typeof model !== "string" || model === "") return arkError(400, "MissingParameter", "The parameter `model` is required.", "model");
  if (!world.isModelAllowed("seedance", model)) return arkError(404, "InvalidEndpointOrModel.NotFound", `The model or endpoint ${model} does not exist or you do not have access to it.`, "model");
  const extra = Object.keys(json).find((name) => !BODY_FIELDS.includes(name));
  if (extra !== void 0) return arkError(400, "InvalidParameter", `The parameter \`${extra}\` specified in the request is not valid.`, extra);
  const prompt = promptOf2(context.body);
  if (prompt === void 0 || prompt.trim() === "") return arkError(400, "MissingParameter", "content needs a text item with the prompt.", "content");
  const ratioText = String(json.ratio ?? "16:9");
  const ratio = ratioText === "adaptive" ? RATIOS2["16:9"] : RATIOS2[ratioText];
  if (!ratio) return arkError(400, "InvalidParameter", `The parameter \`ratio\` specified in the request is not valid: ${ratioText}.`, "ratio");
  const resolution = String(json.resolution ?? "720p");
  const tier = TIERS2[resolution];
  if (tier === void 0) return arkError(400, "InvalidParameter", `The parameter \`resolution\` specified in the request is not valid: ${resolution}.`, "resolution");
  const duration = json.duration ?? 5;
  if (typeof duration !== "number" || !Number.isInteger(duration) || duration < MIN_DURATION || duration > MAX_DURATION2) {
    return arkError(400, "InvalidParameter", `The parameter \`duration\` must be a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION2}.`, "duration");
  }
  const row = catalogRow2("seedance", model);
  if (row?.seconds && !row.seconds.includes(duration)) {
    const [first, last] = [row.seconds[0], row.seconds.at(-1)];
    return arkError(400, "InvalidParameter", `The parameter \`duration\` specified in the request is not valid for model ${model}: it takes ${first} to ${last} seconds.`, "duration");
  }
  if (row?.sizes && !row.sizes.includes(sizeOf(ratio, tier))) {
    return arkError(400, "InvalidParameter", `The parameter \`resolution\` specified in the request is not valid for model ${model}: ${resolution}.`, "resolution");
  }
  const image2 = items(json).find((item) => item.type === "image_url");
  const url = record2(image2?.image_url)?.url;
  if (image2 && (typeof url !== "string" || !/^(data:image\/[a-z]+;base64,|https?:\/\/)/.test(url))) {
    return arkError(400, "InvalidParameter", "image_url.url must be an http(s) URL or data:image/<format>;base64,<data>.", "content");
  }
  const dataUrl = typeof url === "string" && url.startsWith("data:") ? url : void 0;
  const job = acceptVideo(world, {
    prompt,
    model,
    seconds: String(duration),
    size: sizeOf(ratio, tier),
    createdAtMs: context.now,
    ...dataUrl ? { inputReferenceBytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64").length } : {}
  });
  return jsonReply(200, { id: job.id });
}
function task(world, origin, job, now) {
  const state = showVideo(world, job, now);
  const [width, height] = job.size.split("x").map(Number);
  const short = Math.min(width ?? 0, height ?? 0);
  const resolution = Object.entries(TIERS2).find(([, side]) => side === short)?.[0] ?? "720p";
  const updatedMs = state.completedAtMs ?? (state.status === "queued" ? job.createdAtMs : now);
  return {
    id: job.id,
    model: job.model,
    status: STATUS[state.status],
    error: state.error ? { code: ERROR_CODES[state.error.code] ?? state.error.code, message: state.error.message } : null,
    content: state.status === "completed" ? { video_url: `${origin()}/files/seedance/${job.id}.mp4` } : null,
    seed: 11,
    resolution,
    duration: Number(job.seconds),
    framespersecond: 24,
    created_at: Math.floor(job.createdAtMs / 1e3),
    updated_at: Math.floor(updatedMs / 1e3)
  };
}
function retrieve2(world, origin, context) {
  const id = context.params.id ?? "";
  const job = world.store.get(id);
  if (!job) return arkError(404, "ResourceNotFound", `The task ${id} does not exist.`, "id");
  return jsonReply(200, task(world, origin, job, context.now));
}
function file2(world, context) {
  const id = (context.params.id ?? "").replace(/\.mp4$/, "");
  const job = world.store.get(id);
  if (!job) return arkError(404, "NoSuchKey", "The specified key does not exist.");
  return videoFileReply(world, job, context.now, (why) => arkError(404, why === "expired" ? "ExpiredKey" : "NoSuchKey", `The video is ${why.replace("_", " ")}.`));
}
function seedanceRoutes(world, origin) {
  return [
    { name: "create", method: "POST", pattern: "/api/v3/contents/generations/tasks", handle: (context) => create2(world, context), promptOf: promptOf2 },
    // The task list, as a client reads it to check its key (the preflight): always empty here.
    { name: "list", method: "GET", pattern: "/api/v3/contents/generations/tasks", handle: () => jsonReply(200, { total: 0, items: [] }) },
    { name: "retrieve", method: "GET", pattern: "/api/v3/contents/generations/tasks/:id", handle: (context) => retrieve2(world, origin, context) },
    { name: "content", method: "GET", pattern: "/files/seedance/:id", handle: (context) => file2(world, context) }
  ];
}

// src/simulator/state-file.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { existsSync as existsSync4, readFileSync as readFileSync3, renameSync as renameSync3, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
var VERSION2 = 1;
var SimulatorStateError = class extends Error {
  name = "SimulatorStateError";
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isFailure(value) {
  return value === null || isRecord(value) && typeof value.code === "string" && typeof value.message === "string" && typeof value.failAfterMs === "number";
}
function toJob(value) {
  if (!isRecord(value)) return void 0;
  const { id, prompt, model, seconds: seconds3, size, createdAtMs, queueMs, generationMs, failure, remixedFromVideoId, inputReferenceBytes } = value;
  const texts = [id, prompt, model, seconds3, size].every((v) => typeof v === "string");
  const times = [createdAtMs, queueMs, generationMs].every((v) => typeof v === "number" && Number.isFinite(v));
  if (!texts || !times || !isFailure(failure)) return void 0;
  if (remixedFromVideoId !== null && typeof remixedFromVideoId !== "string") return void 0;
  if (inputReferenceBytes !== void 0 && typeof inputReferenceBytes !== "number") return void 0;
  return value;
}
function loadState(path2) {
  if (!existsSync4(path2)) return { videos: [], deleted: [] };
  const unreadable = (why) => new SimulatorStateError(`simulator state ${path2} is unreadable (${why}); delete it to start the simulator empty (the videos it held can then no longer be resumed)`);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync3(path2, "utf8"));
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(parsed) || parsed.version !== VERSION2 || !Array.isArray(parsed.videos) || !Array.isArray(parsed.deleted)) {
    throw unreadable(`not a version ${VERSION2} simulator state`);
  }
  const videos = parsed.videos.map(toJob);
  if (videos.some((job) => job === void 0)) throw unreadable("a video entry is malformed");
  if (!parsed.deleted.every((id) => typeof id === "string")) throw unreadable("a deleted id is malformed");
  return { videos, deleted: parsed.deleted };
}
function saveState(path2, state) {
  const temp = `${path2}.${randomBytes5(4).toString("hex")}.tmp`;
  try {
    writeFileSync2(temp, JSON.stringify({ version: VERSION2, videos: state.videos, deleted: state.deleted }));
    renameSync3(temp, path2);
  } catch (error) {
    rmSync2(temp, { force: true });
    throw error;
  }
}

// src/simulator/stats.ts
var ROUTE_NAMES = ["create", "retrieve", "list", "content", "remix", "edit", "extend", "characters", "delete", "other"];
var SimulatorStats = class {
  /** Every request, in arrival order, faulted ones included. */
  requests = [];
  /** Videos the server accepted (creates and remixes), whether or not the client got the answer. */
  billedCreates = 0;
  videos = /* @__PURE__ */ new Map();
  /** Requests per route, every route present. */
  countByRoute() {
    const counts = Object.fromEntries(ROUTE_NAMES.map((route) => [route, 0]));
    for (const request of this.requests) counts[request.route]++;
    return counts;
  }
};

// src/simulator/store.ts
import { randomBytes as randomBytes6 } from "node:crypto";
var VideoStore = class {
  /**
   * @param initial videos an earlier simulator held (see state-file.ts)
   * @param onChange called after every add and delete, e.g. to save the state
   */
  constructor(initial = { videos: [], deleted: [] }, onChange = () => void 0) {
    this.onChange = onChange;
    for (const job of initial.videos) {
      this.ordered.push(job);
      this.byId.set(job.id, job);
    }
    for (const id of initial.deleted) if (this.byId.has(id)) this.deleted.add(id);
  }
  onChange;
  /** Every video ever created, deleted ones included, so a deleted id still works as a cursor. */
  ordered = [];
  byId = /* @__PURE__ */ new Map();
  deleted = /* @__PURE__ */ new Set();
  /** Everything the store holds, for saving. */
  snapshot() {
    return { videos: [...this.ordered], deleted: [...this.deleted] };
  }
  /** A fresh id shaped like the real API's: `video_` + 48 hex characters. */
  newId() {
    for (; ; ) {
      const id = `video_${randomBytes6(24).toString("hex")}`;
      if (!this.byId.has(id)) return id;
    }
  }
  add(job) {
    this.ordered.push(job);
    this.byId.set(job.id, job);
    this.onChange(this);
  }
  /** The video, unless unknown or deleted. */
  get(id) {
    return this.deleted.has(id) ? void 0 : this.byId.get(id);
  }
  delete(id) {
    if (!this.get(id)) return false;
    this.deleted.add(id);
    this.onChange(this);
    return true;
  }
  /**
   * One page of live videos. `desc` is newest first (ties broken by creation order).
   * @returns undefined when `after` names no video this store ever held
   */
  page(request) {
    const all = request.order === "desc" ? [...this.ordered].reverse() : this.ordered;
    let start = 0;
    if (request.after !== void 0) {
      const index = all.findIndex((job) => job.id === request.after);
      if (index < 0) return void 0;
      start = index + 1;
    }
    const live = all.slice(start).filter((job) => !this.deleted.has(job.id));
    return { jobs: live.slice(0, request.limit), hasMore: live.length > request.limit };
  }
};

// src/simulator/veo.ts
var SIZES = {
  "16:9": { "720p": "1280x720", "1080p": "1920x1080", "4k": "3840x2160" },
  "9:16": { "720p": "720x1280", "1080p": "1080x1920", "4k": "2160x3840" }
};
var DURATIONS = ["4", "6", "8"];
var RESPONSE_TYPE = "type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse";
var TOP_LEVEL = ["instances", "parameters"];
var INSTANCE_FIELDS = ["prompt", "image", "lastFrame", "video", "referenceImages", "mask"];
var PARAMETERS = [
  "aspectRatio",
  "resolution",
  "durationSeconds",
  "negativePrompt",
  "personGeneration",
  "seed",
  "sampleCount",
  "storageUri",
  "fps",
  "pubsubTopic",
  "enhancePrompt",
  "generateAudio",
  "compressionQuality"
];
function unknownName(object, known, at) {
  const extra = Object.keys(object ?? {}).find((name) => !known.includes(name));
  if (extra === void 0) return void 0;
  return googleError(400, "INVALID_ARGUMENT", `Invalid JSON payload received. Unknown name "${extra}"${at ? ` at '${at}'` : ""}: Cannot find field.`);
}
function googleError(status, code, message) {
  return jsonReply(status, { error: { code: status, message, status: code } });
}
function record3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function firstInstance(json) {
  const instances = json?.instances;
  return Array.isArray(instances) ? record3(instances[0]) : void 0;
}
function promptOf3(body) {
  return nestedText(body, (json) => firstInstance(json)?.prompt);
}
function operationName(job) {
  return `models/${job.model}/operations/${job.id}`;
}
function predict(world, context) {
  const model = /^(.+):predictLongRunning$/.exec(context.params.action ?? "")?.[1];
  if (model === void 0) return googleError(404, "NOT_FOUND", `Method not found: ${context.path}`);
  const { json, error } = context.body;
  if (error !== void 0 || !json) return googleError(400, "INVALID_ARGUMENT", error ?? "Invalid JSON payload received.");
  if (!world.isModelAllowed("veo", model)) {
    return googleError(404, "NOT_FOUND", `models/${model} is not found for API version v1beta, or is not supported for predictLongRunning.`);
  }
  const unknown = unknownName(json, TOP_LEVEL, "") ?? unknownName(firstInstance(json), INSTANCE_FIELDS, "instances[0]") ?? unknownName(record3(json.parameters), PARAMETERS, "parameters");
  if (unknown) return unknown;
  const instance = firstInstance(json);
  const prompt = instance?.prompt;
  if (typeof prompt !== "string" || prompt.trim() === "") return googleError(400, "INVALID_ARGUMENT", "instances[0].prompt is required.");
  const parameters = record3(json.parameters) ?? {};
  const aspectRatio = String(parameters.aspectRatio ?? "16:9");
  const resolution = String(parameters.resolution ?? "720p");
  const seconds3 = String(parameters.durationSeconds ?? "8");
  const size = SIZES[aspectRatio]?.[resolution];
  if (!SIZES[aspectRatio]) return googleError(400, "INVALID_ARGUMENT", `Unsupported aspect ratio: ${aspectRatio}. Supported: 16:9, 9:16.`);
  if (!size) return googleError(400, "INVALID_ARGUMENT", `Unsupported resolution: ${resolution}. Supported: 720p, 1080p, 4k.`);
  if (!DURATIONS.includes(seconds3)) return googleError(400, "INVALID_ARGUMENT", `durationSeconds must be one of 4, 6, 8 (got ${seconds3}).`);
  if (resolution !== "720p" && seconds3 !== "8") return googleError(400, "INVALID_ARGUMENT", `${resolution} videos must be 8 seconds long.`);
  const row = catalogRow2("veo", model);
  if (row?.sizes && !row.sizes.includes(size)) return googleError(400, "INVALID_ARGUMENT", `${model} does not support ${resolution} at ${aspectRatio}.`);
  if (row?.seconds && !row.seconds.map(String).includes(seconds3)) return googleError(400, "INVALID_ARGUMENT", `${model} does not support durationSeconds ${seconds3}.`);
  const image2 = record3(instance?.image);
  const base64 = image2?.bytesBase64Encoded;
  if (image2 && (typeof base64 !== "string" || typeof image2.mimeType !== "string")) {
    return googleError(400, "INVALID_ARGUMENT", "instances[0].image needs bytesBase64Encoded and mimeType.");
  }
  const job = acceptVideo(world, {
    prompt,
    model,
    seconds: seconds3,
    size,
    createdAtMs: context.now,
    ...typeof base64 === "string" ? { inputReferenceBytes: Buffer.from(base64, "base64").length } : {}
  });
  return jsonReply(200, { name: operationName(job) });
}
function operation(world, origin, context) {
  const id = context.params.id ?? "";
  const job = world.store.get(id);
  if (!job || job.model !== context.params.model) return googleError(404, "NOT_FOUND", `Operation ${context.path.slice("/v1beta/".length)} not found.`);
  const state = showVideo(world, job, context.now);
  const name = operationName(job);
  if (state.status === "queued" || state.status === "in_progress") return jsonReply(200, { name });
  if (state.error?.code === "moderation_blocked") {
    const response = { "@type": RESPONSE_TYPE, generateVideoResponse: { raiMediaFilteredCount: 1, raiMediaFilteredReasons: [state.error.message] } };
    return jsonReply(200, { name, done: true, response });
  }
  if (state.error) return jsonReply(200, { name, done: true, error: { code: 13, message: state.error.message } });
  const uri = `${origin()}/v1beta/files/${job.id}:download?alt=media`;
  return jsonReply(200, { name, done: true, response: { "@type": RESPONSE_TYPE, generateVideoResponse: { generatedSamples: [{ video: { uri } }] } } });
}
function download(world, context) {
  const id = /^(.+):download$/.exec(context.params.id ?? "")?.[1] ?? "";
  const job = world.store.get(id);
  if (!job) return googleError(404, "NOT_FOUND", `File files/${id} not found.`);
  return videoFileReply(
    world,
    job,
    context.now,
    (why) => googleError(why === "expired" ? 404 : 400, why === "expired" ? "NOT_FOUND" : "FAILED_PRECONDITION", `File files/${id} is ${why.replace("_", " ")}.`)
  );
}
function veoRoutes(world, origin) {
  return [
    { name: "create", method: "POST", pattern: "/v1beta/models/:action", handle: (context) => predict(world, context), promptOf: promptOf3 },
    // The models list: what a client reads to check its key (the preflight); no models listed.
    { name: "list", method: "GET", pattern: "/v1beta/models", handle: () => jsonReply(200, { models: [] }) },
    { name: "retrieve", method: "GET", pattern: "/v1beta/models/:model/operations/:id", handle: (context) => operation(world, origin, context) },
    { name: "content", method: "GET", pattern: "/v1beta/files/:id", handle: (context) => download(world, context) }
  ];
}

// src/simulator/server.ts
function simulatorBaseUrl(sim, provider) {
  switch (provider) {
    case "openai":
    case "openai-generations":
      return `${sim.origin}/v1`;
    case "veo":
      return `${sim.origin}/v1beta`;
    case "seedance":
      return `${sim.origin}/api/v3`;
  }
}
function maskKey(key) {
  return key.length > 8 ? `${key.slice(0, 3)}***${key.slice(-4)}` : "***";
}
function unauthorized(authorization, apiKey) {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (token === void 0) {
    return errorReply(401, {
      message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      type: "invalid_request_error"
    });
  }
  if (apiKey !== void 0 && token !== apiKey) {
    return errorReply(401, { message: `Incorrect API key provided: ${maskKey(token)}.`, type: "invalid_request_error", code: "invalid_api_key" });
  }
  return void 0;
}
function rateLimited(retryAfterMs2, message) {
  return errorReply(
    429,
    { message, type: "requests", code: "rate_limit_exceeded" },
    { "retry-after": String(Math.ceil(retryAfterMs2 / 1e3)), "retry-after-ms": String(Math.round(retryAfterMs2)) }
  );
}
var FAULT_REPLIES = {
  server_error: () => errorReply(500, { message: "The server had an error while processing your request. Sorry about that!", type: "server_error" }),
  unavailable: () => errorReply(503, { message: "The server is overloaded or not ready yet.", type: "server_error" })
};
function findRoute(routes, method, path2) {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPath(route.pattern, path2);
    if (params) return { route, params };
  }
  return { params: {} };
}
async function startSimulator(options = {}) {
  const clock2 = options.now ?? Date.now;
  const stateFile = options.stateFile;
  const stats = new SimulatorStats();
  const faults = new FaultQueue(options.faults);
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : void 0;
  const world = {
    store: stateFile === void 0 ? new VideoStore() : new VideoStore(loadState(stateFile), (store) => saveState(stateFile, store.snapshot())),
    stats,
    assets: new VideoAssets(options.contentBytes === void 0 ? {} : { contentBytes: options.contentBytes }),
    timing: { queueMs: options.queueMs ?? 300, generationMs: options.generationMs ?? 1500 },
    expiresAfterMs: options.expiresAfterMs ?? 36e5,
    supportsList: options.supportsList ?? true,
    characters: /* @__PURE__ */ new Map(),
    isModelAllowed: modelAcceptor(options.models)
  };
  const originOf = () => origin;
  const routes = [
    // First: `/videos/characters/:id` must not be taken for a video id.
    ...openAiEditRoutes(world),
    ...openAiVideoRoutes(world),
    ...generationsRoutes(world, originOf),
    ...veoRoutes(world, originOf),
    ...seedanceRoutes(world, originOf)
  ];
  async function handle(req, res) {
    const at = clock2();
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    const path2 = url.pathname;
    const { route, params } = findRoute(routes, method, path2);
    const record4 = { method, path: path2, route: route?.name ?? "other", status: 0, at };
    stats.requests.push(record4);
    const raw = await readBody(req);
    if (!raw) return;
    const headers = { "x-request-id": `req_${randomBytes7(16).toString("hex")}` };
    const send = async (reply2, truncate = false) => {
      record4.status = reply2.status;
      await writeReply(res, { ...reply2, headers: { ...headers, ...reply2.headers } }, { truncate });
    };
    const drop = () => {
      res.socket?.destroy();
    };
    if (limiter) {
      const decision = limiter.take(at);
      Object.assign(headers, decision.headers);
      if (!decision.allowed) {
        const limit2 = options.rateLimit?.requestsPerMinute ?? 0;
        return send(rateLimited(decision.retryAfterMs, `Rate limit reached for requests per min (RPM): Limit ${limit2}. Please try again in ${formatResetDuration(decision.retryAfterMs)}.`));
      }
    }
    const googKey = req.headers["x-goog-api-key"];
    const denied = unauthorized(req.headers.authorization ?? (typeof googKey === "string" ? `Bearer ${googKey}` : void 0), options.apiKey);
    if (denied) return send(denied);
    if (raw.tooLarge) return send(errorReply(413, { message: "The request body is too large.", type: "invalid_request_error" }));
    const body = await parseBody(raw.bytes, req.headers["content-type"]);
    const texts = [params.id, body.fields.get("prompt"), route?.promptOf?.(body)].filter((text) => text !== void 0);
    const fault = faults.take({ route: record4.route, texts });
    switch (fault?.kind) {
      case "rate_limit": {
        const seconds3 = fault.retryAfterSeconds ?? 1;
        return send(rateLimited(seconds3 * 1e3, `Rate limit reached for requests. Please try again in ${seconds3}s.`));
      }
      case "server_error":
      case "unavailable":
        return send(FAULT_REPLIES[fault.kind]());
      case "drop":
        return drop();
      case "hang":
        return;
      // the socket stays open until the client gives up or the simulator closes
      default:
        break;
    }
    if (!route) return send(invalidUrl(method, path2));
    let reply;
    try {
      reply = await route.handle({ method, path: path2, params, query: url.searchParams, body, now: at });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply = errorReply(500, { message: `Simulator error: ${message}`, type: "server_error" });
    }
    if (fault?.kind === "accept_then_drop") return drop();
    return send(reply, fault?.kind === "truncate");
  }
  const sockets = /* @__PURE__ */ new Set();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise((resolve6, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve6();
    });
  });
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  let closing;
  return {
    url: `${origin}/v1`,
    origin,
    stats,
    addFaults: (more) => faults.add(more),
    clearFaults: () => faults.clear(),
    close: () => {
      closing ??= new Promise((resolve6) => {
        server.close(() => resolve6());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    }
  };
}

// src/run.ts
var DEFAULT_OUT_DIR = "video-batch-out";
async function run(options, deps) {
  const clock2 = deps.clock ?? systemClock;
  checkBaseUrl(options.baseUrl, options.baseUrlFrom ?? "--base-url");
  const manifestPath = resolve4(options.manifest);
  const defaultProvider = options.provider ?? "openai";
  const whole = await readManifest(manifestPath, {
    file: options.manifest,
    defaultProvider,
    defaultModel: (provider) => PROVIDER_TRAITS[provider].defaultModel,
    overrides: { provider: options.provider, model: options.model },
    checkJob: (job) => {
      const refused = job.apiKeyEnv === void 0 ? void 0 : options.keyEnvRule?.(job.apiKeyEnv);
      return [...checkJob(job), ...refused ? [{ field: "api_key_env", message: refused }] : []];
    },
    inputDirs: options.inputDirs ?? []
  });
  const manifest = options.shard ? { ...whole, jobs: selectShard(whole.jobs, options.shard) } : whole;
  if (options.shard) deps.log(`shard ${formatShard(options.shard)}: ${manifest.jobs.length} of ${whole.jobs.length} jobs`);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new ConfigError("--concurrency must be a whole number of 1 or more");
  const retryUncertain = retryUncertainSet(options.retryUncertain, whole.jobs.map((job) => job.id));
  const warn = deps.warn ?? ((line) => deps.log(`warning: ${line}`));
  refuseRetiredModels(manifest, warn);
  warnRetiringModels(manifest, warn);
  const estimates = new Map(manifest.jobs.map((job) => [job.id, estimateJob(job, manifest.pricing, manifest.models)]));
  if (options.dryRun) {
    printPlan(manifest, estimates, deps.print);
    return { manifest, estimates, exitCode: 0 };
  }
  if (!options.simulate) {
    checkEnvBaseUrls(manifest.jobs, deps.env, options.baseUrl);
    const missing = missingKeys(manifest.jobs.map((job) => endpointFor(job, deps.env, options.baseUrl)), deps.env);
    if (missing) throw new ConfigError(missing);
  }
  const outDir = resolve4(options.outDir);
  await mkdir3(outDir, { recursive: true });
  const release = lockFolder(join3(outDir, ".video-batch.lock"), () => clock2.now());
  try {
    const ledger = new Ledger(join3(outDir, "ledger.jsonl"));
    if (options.fresh) ledger.setAside(clock2.now());
    checkBudget(manifest, estimates, ledger, options.maxCostUsd, options.regenerateExpired ?? false);
    return await execute(options, deps, manifest, estimates, outDir, ledger, retryUncertain);
  } finally {
    release();
  }
}
function parseRetryUncertain(text) {
  const ids = (text ?? "").split(",").map((id) => id.trim()).filter((id) => id !== "");
  if (ids.length === 0) return void 0;
  return ids.includes("all") ? "all" : ids;
}
function retryUncertainSet(option, ids) {
  if (option === void 0) return /* @__PURE__ */ new Set();
  if (option === "all") return new Set(ids);
  const known = new Set(ids);
  const unknown = option.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`--retry-uncertain names ${unknown.map((id) => `"${id}"`).join(", ")}, not a job of the manifest; give job ids (as in report.json) or all`);
  return new Set(option);
}
function checkBudget(manifest, estimates, ledger, maxCostUsd, regenerateExpired) {
  if (maxCostUsd === void 0) return;
  const records = ledger.read(manifest.jobs);
  const toPay = manifest.jobs.filter((job) => mayCreate(records.get(job.id), regenerateExpired));
  const total = totalCost(toPay.map((job) => estimates.get(job.id)));
  if (total.usd > maxCostUsd) {
    throw new ConfigError(`estimated cost ${formatUsd(total.usd)} for ${toPay.length} jobs exceeds --max-cost ${formatUsd(maxCostUsd)}; nothing was sent (raise the budget or trim the manifest)`);
  }
  if (total.unpriced > 0) {
    throw new ConfigError(`${total.unpriced} jobs use models without a known price, so --max-cost cannot be checked; add them to the manifest's "pricing" block`);
  }
}
async function execute(options, deps, manifest, estimates, outDir, ledger, retryUncertain) {
  const clock2 = deps.clock ?? systemClock;
  let simulator;
  let env = deps.env;
  let baseUrl = options.baseUrl;
  let poll = { ...DEFAULT_POLL, ...options.poll };
  if (options.simulate) {
    const stateFile = join3(outDir, ".simulator-state.json");
    simulator = await startSimulator({ stateFile }).catch((error) => {
      throw error instanceof SimulatorStateError ? new ConfigError(error.message) : error;
    });
    env = { ...deps.env, OPENAI_API_KEY: "sim-key", GEMINI_API_KEY: "sim-key", ARK_API_KEY: "sim-key" };
    baseUrl = simulator.url;
    poll = { minIntervalMs: 100, maxIntervalMs: 1e3, ...options.poll };
    deps.log(`simulator: ${simulator.url} (no key, no cost)`);
  }
  try {
    const endpointOf = (job) => simulator ? { provider: job.provider, baseUrl: simulatorBaseUrl(simulator, job.provider), apiKeyEnv: "OPENAI_API_KEY" } : endpointFor(job, env, baseUrl);
    const endpoints = manifest.jobs.map(endpointOf);
    const pool = new ProviderPool({ env, fetch: deps.fetch });
    endpoints.forEach((e) => pool.get(e));
    const records = ledger.read(manifest.jobs);
    const creating = new Set(manifest.jobs.filter((job) => mayCreate(records.get(job.id), options.regenerateExpired ?? false)).map((job) => JSON.stringify(endpointOf(job))));
    const toCheck = pool.entries().filter(({ endpoint }) => creating.has(JSON.stringify(endpoint)));
    if (options.preflight ?? true) await preflightEndpoints(toCheck, deps.log, deps.signal ?? new AbortController().signal);
    const startedAt = clock2.now();
    const reportJson = join3(outDir, "report.json");
    const reportMarkdown = join3(outDir, "report.md");
    const reportHtml = join3(outDir, "report.html");
    const ended = /* @__PURE__ */ new Map();
    const videoIds = /* @__PURE__ */ new Map();
    const collector = {
      onJobSubmitted: (job, videoId) => void videoIds.set(job.id, videoId),
      onJobEnd: (result) => void ended.set(result.id, result)
    };
    let results = [];
    let report;
    try {
      const progress = deps.progress === void 0 ? stateChangeLog(manifest.jobs.length, deps.log) : deps.progress?.(manifest.jobs.length);
      const events = multiplex(
        [collector, ...progress ? [progress] : [], ...deps.events ?? []],
        (error) => deps.log(`a reporter failed: ${error instanceof Error ? error.message : String(error)}`)
      );
      results = await runJobs(manifest.jobs, {
        concurrency: options.concurrency,
        timeoutMs: options.timeoutSeconds * 1e3,
        download: options.download,
        variants: options.variants,
        outDir,
        poll,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        clock: clock2,
        providerFor: (job) => pool.get(endpointOf(job)),
        events,
        ledger,
        regenerateExpired: options.regenerateExpired ?? false,
        retryUncertain,
        signal: deps.signal
      });
    } finally {
      report = buildReport({
        manifest: options.manifest,
        startedAt,
        finishedAt: clock2.now(),
        interrupted: deps.signal?.aborted ?? false,
        simulated: options.simulate,
        jobs: manifest.jobs.map((job) => ended.get(job.id) ?? { ...baseResult(job, "pending"), videoId: videoIds.get(job.id) ?? null }),
        estimates
      });
      await writeAtomic(reportJson, jsonChunks(report));
      await writeAtomic(reportMarkdown, markdownChunks(report));
      await writeAtomic(reportHtml, htmlChunks(report));
      deps.print(`report: ${reportJson}`);
      deps.print(`gallery: ${reportHtml} (open it in a browser to watch the videos)`);
    }
    return { report, reportJson, reportMarkdown, reportHtml, manifest, estimates, exitCode: exitCodeFor(results, options.failOn) };
  } finally {
    await simulator?.close();
  }
}
function exitCodeFor(results, failOn) {
  const ok2 = results.filter((r) => r.status === "completed" || r.status === "skipped").length;
  if (failOn === "never") return 0;
  if (failOn === "all") return results.length > 0 && ok2 === 0 ? 1 : 0;
  return ok2 < results.length ? 1 : 0;
}
function refuseRetiredModels(manifest, warn) {
  const issues = [];
  const noted = /* @__PURE__ */ new Set();
  for (const job of manifest.jobs) {
    const lifecycle = lifecycleOf(job.provider, job.model, manifest.models);
    if (!lifecycle) continue;
    if (lifecycle.status === "retired") {
      const since = lifecycle.shutdown ? ` on ${lifecycle.shutdown}` : "";
      const move = lifecycle.replacement.length > 0 ? `move to ${describeReplacements(lifecycle.replacement)}` : "move to a live model (video-batch models lists them)";
      issues.push({
        file: job.source.file,
        line: job.source.line,
        ...job.source.row !== void 0 ? { row: job.source.row } : {},
        field: "model",
        message: `${job.model} was retired by its vendor${since}; ${move}; if your gateway still serves it, add "models: {${job.model}: {status: ga}}" to the manifest`
      });
    } else if (lifecycle.catalogStatus === "retired" && !noted.has(job.model)) {
      noted.add(job.model);
      warn(`${job.model}: retired by its vendor${lifecycle.shutdown ? ` (shutdown ${lifecycle.shutdown})` : ""}, sent anyway: the manifest's models: block marks it ${lifecycle.status}`);
    }
  }
  if (issues.length > 0) throw new ManifestError(issues);
}
function warnRetiringModels(manifest, warn) {
  const warned = /* @__PURE__ */ new Set();
  for (const job of manifest.jobs) {
    const lifecycle = lifecycleOf(job.provider, job.model, manifest.models);
    if (lifecycle?.status !== "deprecated" || warned.has(job.model)) continue;
    warned.add(job.model);
    const move = lifecycle.replacement.length > 0 ? `; consider ${describeReplacements(lifecycle.replacement)}` : "";
    warn(`${job.model} is deprecated by its vendor${lifecycle.shutdown ? ` (shutdown ${lifecycle.shutdown})` : ""}${move}`);
  }
}
function printPlan(manifest, estimates, print) {
  print(`${manifest.jobs.length} jobs in ${manifest.file} (dry run: nothing sent)`);
  const total = totalCost(estimates.values());
  for (const job of manifest.jobs) {
    const params = [job.provider, job.model, job.seconds === void 0 ? "" : `${job.seconds}s`, job.size ?? ""].filter(Boolean).join(" ");
    const prompt = job.prompt.length > 60 ? `${job.prompt.slice(0, 57)}...` : job.prompt;
    const extra = job.remixOf ? ` (remix of ${job.remixOf.kind === "job" ? job.remixOf.jobId : job.remixOf.videoId})` : "";
    const usd2 = estimates.get(job.id)?.usd;
    print(`  ${job.id}  ${params}  ${usd2 === void 0 ? "price unknown" : formatUsd(usd2)}  ${JSON.stringify(prompt.replace(/\s+/g, " "))}${extra}`);
  }
  const unpriced = total.unpriced > 0 ? ` (${total.unpriced} jobs without a known price not counted)` : "";
  print(`estimated cost: ${formatUsd(total.usd)}${unpriced}`);
}

// src/report/merge.ts
import { readdir as readdir2, readFile } from "node:fs/promises";
import { dirname as dirname3, isAbsolute as isAbsolute4, join as join4, relative as relative3, resolve as resolve5, sep as sep3 } from "node:path";
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isString = (value) => typeof value === "string";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var orNull = (check) => (value) => value === null || check(value);
var oneOf = (allowed) => (value) => isString(value) && allowed.includes(value);
var JOB_FIELDS = {
  id: isString,
  prompt: isString,
  provider: oneOf(PROVIDER_NAMES),
  model: isString,
  seconds: orNull(isNumber),
  size: orNull(isString),
  status: oneOf(JOB_OUTCOMES),
  rawStatus: orNull(isString),
  videoId: orNull(isString),
  error: (v) => v === null || isObject(v) && isString(v.code) && isString(v.message),
  attempts: isNumber,
  decisions: (v) => Array.isArray(v) && v.every(isString),
  file: orNull(isString),
  bytes: orNull(isNumber),
  startedAt: orNull(isString),
  finishedAt: orNull(isString),
  durationMs: orNull(isNumber),
  source: (v) => isObject(v) && isString(v.file) && isNumber(v.line) && (v.row === void 0 || isNumber(v.row))
};
function isJobResult(value) {
  return isObject(value) && Object.entries(JOB_FIELDS).every(([field, check]) => check(value[field]));
}
function parseReport(text, path2) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`${path2} is not JSON; give the report.json that a video-batch run wrote`);
  }
  if (!isObject(value) || !isNumber(value.schemaVersion) || !Array.isArray(value.jobs)) {
    throw new ConfigError(`${path2} is not a video-batch report.json`);
  }
  if (value.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new ConfigError(`${path2} has report schema ${value.schemaVersion}; this video-batch reads schema ${REPORT_SCHEMA_VERSION} (run every shard with the same version)`);
  }
  if (!isString(value.manifest) || !isString(value.startedAt) || !isString(value.finishedAt) || typeof value.interrupted !== "boolean") {
    throw new ConfigError(`${path2} is missing manifest, startedAt, finishedAt or interrupted`);
  }
  if (Number.isNaN(Date.parse(value.startedAt)) || Number.isNaN(Date.parse(value.finishedAt))) {
    throw new ConfigError(`${path2}: startedAt and finishedAt must be ISO 8601 times`);
  }
  const bad = value.jobs.findIndex((job) => !isJobResult(job));
  if (bad >= 0) throw new ConfigError(`${path2}: job ${bad + 1} is not a job of a video-batch report`);
  return value;
}
function mergeReports(files) {
  const first = files[0];
  if (!first) throw new ConfigError("merge needs at least one report.json");
  const seen = /* @__PURE__ */ new Map();
  for (const { path: path2, report } of files) {
    if (report.manifest !== first.report.manifest) {
      throw new ConfigError(`${path2} is a report of ${report.manifest}, ${first.path} of ${first.report.manifest}: merge the shards of one manifest`);
    }
    for (const job of report.jobs) {
      const other = seen.get(job.id);
      if (other !== void 0) {
        throw new ConfigError(`job "${job.id}" is in both ${other} and ${path2}: give each shard's report once, from shards of one I/N split`);
      }
      seen.set(job.id, path2);
    }
  }
  const position = (job) => [job.source.line, job.source.row ?? 0];
  const jobs = files.flatMap((file3) => file3.report.jobs).sort((a, b) => position(a)[0] - position(b)[0] || position(a)[1] - position(b)[1]);
  const times = (pick) => files.map((file3) => Date.parse(pick(file3.report)));
  return buildReport({
    manifest: first.report.manifest,
    startedAt: Math.min(...times((r) => r.startedAt)),
    finishedAt: Math.max(...times((r) => r.finishedAt)),
    interrupted: files.some((file3) => file3.report.interrupted),
    simulated: files.some((file3) => file3.report.simulated === true),
    jobs,
    // Each shard estimated its own jobs; the merged totals are their sum.
    estimates: new Map(jobs.map((job) => [job.id, { usd: job.estimatedCostUsd ?? void 0, seconds: job.seconds ?? 0 }]))
  });
}
async function readReports(paths) {
  return Promise.all(
    paths.map(async (path2) => {
      let text;
      try {
        text = await readFile(path2, "utf8");
      } catch (error) {
        const code = isObject(error) && isString(error.code) ? error.code : String(error);
        throw new ConfigError(`cannot read report ${path2} (${code})`);
      }
      return { path: path2, report: parseReport(text, path2) };
    })
  );
}
var GLOB_CHARS = /[*?[]/;
function globRegExp(pattern2) {
  let source = "";
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2[i];
    if (c === "*" && pattern2[i + 1] === "*") {
      const slash = pattern2[i + 2] === "/";
      source += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
async function findReports(patterns, cwd) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern2 of patterns) {
    const parts = pattern2.replace(/\\/g, "/").split("/");
    const firstGlob = parts.findIndex((part) => GLOB_CHARS.test(part));
    if (firstGlob < 0) {
      found.add(resolve5(cwd, pattern2));
      continue;
    }
    const base = resolve5(cwd, parts.slice(0, firstGlob).join("/") || ".");
    const matcher = globRegExp(parts.slice(firstGlob).join("/"));
    let entries = [];
    try {
      const dirents = await readdir2(base, { recursive: true, withFileTypes: true });
      entries = dirents.filter((d) => d.isFile()).map((d) => relative3(base, join4(d.parentPath, d.name)).split(sep3).join("/"));
    } catch {
    }
    const matches2 = entries.filter((entry) => matcher.test(entry)).map((entry) => join4(base, entry));
    if (matches2.length === 0) throw new ConfigError(`no report matches ${pattern2} (searched from ${isAbsolute4(pattern2) ? "/" : cwd})`);
    for (const match of matches2) found.add(match);
  }
  return [...found].sort();
}
function rebaseMedia(report, files, outDir) {
  const folderOf = /* @__PURE__ */ new Map();
  for (const file3 of files) for (const job of file3.report.jobs) folderOf.set(job.id, dirname3(resolve5(file3.path)));
  const out = resolve5(outDir);
  const rebase = (id, path2) => {
    const folder = folderOf.get(id);
    if (typeof path2 !== "string" || path2 === "" || folder === void 0) return null;
    const target = resolve5(folder, path2);
    if (relative3(folder, target).startsWith("..") || isAbsolute4(relative3(folder, target))) return null;
    return relative3(out, target).split(sep3).join("/");
  };
  return {
    ...report,
    jobs: report.jobs.map((job) => ({
      ...job,
      file: rebase(job.id, job.file),
      thumbnail: rebase(job.id, job.thumbnail),
      spritesheet: rebase(job.id, job.spritesheet)
    }))
  };
}
async function writeReport(report, outDir, files) {
  const reportJson = join4(resolve5(outDir), "report.json");
  const reportMarkdown = join4(resolve5(outDir), "report.md");
  const reportHtml = join4(resolve5(outDir), "report.html");
  await writeAtomic(reportJson, jsonChunks(report));
  await writeAtomic(reportMarkdown, markdownChunks(report));
  await writeAtomic(reportHtml, htmlChunks(rebaseMedia(report, files, outDir)));
  return { reportJson, reportMarkdown, reportHtml };
}
async function mergeReportFiles(patterns, outDir, cwd = process.cwd()) {
  const paths = await findReports(patterns, cwd);
  const files = await readReports(paths);
  const report = mergeReports(files);
  return { report, ...await writeReport(report, outDir, files), merged: paths };
}

// node_modules/log-update/index.js
import process6 from "node:process";

// node_modules/ansi-escapes/base.js
var base_exports = {};
__export(base_exports, {
  ConEmu: () => ConEmu,
  beep: () => beep,
  beginSynchronizedOutput: () => beginSynchronizedOutput,
  clearScreen: () => clearScreen,
  clearTerminal: () => clearTerminal,
  clearViewport: () => clearViewport,
  cursorBackward: () => cursorBackward,
  cursorDown: () => cursorDown,
  cursorForward: () => cursorForward,
  cursorGetPosition: () => cursorGetPosition,
  cursorHide: () => cursorHide,
  cursorLeft: () => cursorLeft,
  cursorMove: () => cursorMove,
  cursorNextLine: () => cursorNextLine,
  cursorPrevLine: () => cursorPrevLine,
  cursorRestorePosition: () => cursorRestorePosition,
  cursorSavePosition: () => cursorSavePosition,
  cursorShow: () => cursorShow,
  cursorTo: () => cursorTo,
  cursorUp: () => cursorUp,
  endSynchronizedOutput: () => endSynchronizedOutput,
  enterAlternativeScreen: () => enterAlternativeScreen,
  eraseDown: () => eraseDown,
  eraseEndLine: () => eraseEndLine,
  eraseLine: () => eraseLine,
  eraseLines: () => eraseLines,
  eraseScreen: () => eraseScreen,
  eraseStartLine: () => eraseStartLine,
  eraseUp: () => eraseUp,
  exitAlternativeScreen: () => exitAlternativeScreen,
  iTerm: () => iTerm,
  image: () => image,
  link: () => link,
  scrollDown: () => scrollDown,
  scrollUp: () => scrollUp,
  setCwd: () => setCwd,
  synchronizedOutput: () => synchronizedOutput
});
import process2 from "node:process";
import os from "node:os";

// node_modules/environment/index.js
var isBrowser = globalThis.window?.document !== void 0;
var isNode = globalThis.process?.versions?.node !== void 0;
var isBun = globalThis.process?.versions?.bun !== void 0;
var isDeno = globalThis.Deno?.version?.deno !== void 0;
var isElectron = globalThis.process?.versions?.electron !== void 0;
var isJsDom = globalThis.navigator?.userAgent?.includes("jsdom") === true;
var isWebWorker = typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
var isDedicatedWorker = typeof DedicatedWorkerGlobalScope !== "undefined" && globalThis instanceof DedicatedWorkerGlobalScope;
var isSharedWorker = typeof SharedWorkerGlobalScope !== "undefined" && globalThis instanceof SharedWorkerGlobalScope;
var isServiceWorker = typeof ServiceWorkerGlobalScope !== "undefined" && globalThis instanceof ServiceWorkerGlobalScope;
var platform = globalThis.navigator?.userAgentData?.platform;
var isMacOs = platform === "macOS" || globalThis.navigator?.platform === "MacIntel" || globalThis.navigator?.userAgent?.includes(" Mac ") === true || globalThis.process?.platform === "darwin";
var isWindows = platform === "Windows" || globalThis.navigator?.platform === "Win32" || globalThis.process?.platform === "win32";
var isLinux = platform === "Linux" || globalThis.navigator?.platform?.startsWith("Linux") === true || globalThis.navigator?.userAgent?.includes(" Linux ") === true || globalThis.process?.platform === "linux";
var isIos = platform === "iOS" || globalThis.navigator?.platform === "MacIntel" && globalThis.navigator?.maxTouchPoints > 1 || /iPad|iPhone|iPod/.test(globalThis.navigator?.platform);
var isAndroid = platform === "Android" || globalThis.navigator?.platform === "Android" || globalThis.navigator?.userAgent?.includes(" Android ") === true || globalThis.process?.platform === "android";

// node_modules/ansi-escapes/base.js
var ESC = "\x1B[";
var OSC = "\x1B]";
var BEL = "\x07";
var SEP = ";";
var isTerminalApp = !isBrowser && process2.env.TERM_PROGRAM === "Apple_Terminal";
var isWindows2 = !isBrowser && process2.platform === "win32";
var isTmux = !isBrowser && (process2.env.TERM?.startsWith("screen") || process2.env.TERM?.startsWith("tmux") || process2.env.TMUX !== void 0);
var cwdFunction = isBrowser ? () => {
  throw new Error("`process.cwd()` only works in Node.js, not the browser.");
} : process2.cwd;
var wrapOsc = (sequence) => {
  if (isTmux) {
    return "\x1BPtmux;" + sequence.replaceAll("\x1B", "\x1B\x1B") + "\x1B\\";
  }
  return sequence;
};
var cursorTo = (x, y) => {
  if (typeof x !== "number") {
    throw new TypeError("The `x` argument is required");
  }
  if (typeof y !== "number") {
    return ESC + (x + 1) + "G";
  }
  return ESC + (y + 1) + SEP + (x + 1) + "H";
};
var cursorMove = (x, y) => {
  if (typeof x !== "number") {
    throw new TypeError("The `x` argument is required");
  }
  let returnValue = "";
  if (x < 0) {
    returnValue += ESC + -x + "D";
  } else if (x > 0) {
    returnValue += ESC + x + "C";
  }
  if (y < 0) {
    returnValue += ESC + -y + "A";
  } else if (y > 0) {
    returnValue += ESC + y + "B";
  }
  return returnValue;
};
var cursorUp = (count = 1) => ESC + count + "A";
var cursorDown = (count = 1) => ESC + count + "B";
var cursorForward = (count = 1) => ESC + count + "C";
var cursorBackward = (count = 1) => ESC + count + "D";
var cursorLeft = ESC + "G";
var cursorSavePosition = isTerminalApp ? "\x1B7" : ESC + "s";
var cursorRestorePosition = isTerminalApp ? "\x1B8" : ESC + "u";
var cursorGetPosition = ESC + "6n";
var cursorNextLine = ESC + "E";
var cursorPrevLine = ESC + "F";
var cursorHide = ESC + "?25l";
var cursorShow = ESC + "?25h";
var eraseLines = (count) => {
  let clear = "";
  for (let i = 0; i < count; i++) {
    clear += eraseLine + (i < count - 1 ? cursorUp() : "");
  }
  if (count) {
    clear += cursorLeft;
  }
  return clear;
};
var eraseEndLine = ESC + "K";
var eraseStartLine = ESC + "1K";
var eraseLine = ESC + "2K";
var eraseDown = ESC + "J";
var eraseUp = ESC + "1J";
var eraseScreen = ESC + "2J";
var scrollUp = ESC + "S";
var scrollDown = ESC + "T";
var clearScreen = "\x1Bc";
var clearViewport = `${eraseScreen}${ESC}H`;
var isOldWindows = () => {
  if (isBrowser || !isWindows2) {
    return false;
  }
  const parts = os.release().split(".");
  const major = Number(parts[0]);
  const build = Number(parts[2] ?? 0);
  if (major < 10) {
    return true;
  }
  if (major === 10 && build < 10586) {
    return true;
  }
  return false;
};
var clearTerminal = isOldWindows() ? `${eraseScreen}${ESC}0f` : `${eraseScreen}${ESC}3J${ESC}H`;
var enterAlternativeScreen = ESC + "?1049h";
var exitAlternativeScreen = ESC + "?1049l";
var beginSynchronizedOutput = ESC + "?2026h";
var endSynchronizedOutput = ESC + "?2026l";
var synchronizedOutput = (text) => beginSynchronizedOutput + text + endSynchronizedOutput;
var beep = BEL;
var link = (text, url) => {
  const openLink = wrapOsc(`${OSC}8${SEP}${SEP}${url}${BEL}`);
  const closeLink = wrapOsc(`${OSC}8${SEP}${SEP}${BEL}`);
  return openLink + text + closeLink;
};
var image = (data, options = {}) => {
  let returnValue = `${OSC}1337;File=inline=1`;
  if (options.width) {
    returnValue += `;width=${options.width}`;
  }
  if (options.height) {
    returnValue += `;height=${options.height}`;
  }
  if (options.preserveAspectRatio === false) {
    returnValue += ";preserveAspectRatio=0";
  }
  const imageBuffer = Buffer.from(data);
  return wrapOsc(returnValue + `;size=${imageBuffer.byteLength}:` + imageBuffer.toString("base64") + BEL);
};
var iTerm = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}50;CurrentDir=${cwd}${BEL}`),
  annotation(message, options = {}) {
    let returnValue = `${OSC}1337;`;
    const hasX = options.x !== void 0;
    const hasY = options.y !== void 0;
    if ((hasX || hasY) && !(hasX && hasY && options.length !== void 0)) {
      throw new Error("`x`, `y` and `length` must be defined when `x` or `y` is defined");
    }
    message = message.replaceAll("|", "");
    returnValue += options.isHidden ? "AddHiddenAnnotation=" : "AddAnnotation=";
    if (options.length > 0) {
      returnValue += (hasX ? [message, options.length, options.x, options.y] : [options.length, message]).join("|");
    } else {
      returnValue += message;
    }
    return wrapOsc(returnValue + BEL);
  }
};
var ConEmu = {
  setCwd: (cwd = cwdFunction()) => wrapOsc(`${OSC}9;9;${cwd}${BEL}`)
};
var setCwd = (cwd = cwdFunction()) => iTerm.setCwd(cwd) + ConEmu.setCwd(cwd);

// node_modules/cli-cursor/index.js
import process5 from "node:process";

// node_modules/restore-cursor/index.js
import process4 from "node:process";

// node_modules/mimic-function/index.js
var copyProperty = (to, from, property, ignoreNonConfigurable) => {
  if (property === "length" || property === "prototype") {
    return;
  }
  if (property === "arguments" || property === "caller") {
    return;
  }
  const toDescriptor = Object.getOwnPropertyDescriptor(to, property);
  const fromDescriptor = Object.getOwnPropertyDescriptor(from, property);
  if (!canCopyProperty(toDescriptor, fromDescriptor) && ignoreNonConfigurable) {
    return;
  }
  Object.defineProperty(to, property, fromDescriptor);
};
var canCopyProperty = function(toDescriptor, fromDescriptor) {
  return toDescriptor === void 0 || toDescriptor.configurable || toDescriptor.writable === fromDescriptor.writable && toDescriptor.enumerable === fromDescriptor.enumerable && toDescriptor.configurable === fromDescriptor.configurable && (toDescriptor.writable || toDescriptor.value === fromDescriptor.value);
};
var changePrototype = (to, from) => {
  const fromPrototype = Object.getPrototypeOf(from);
  if (fromPrototype === Object.getPrototypeOf(to)) {
    return;
  }
  Object.setPrototypeOf(to, fromPrototype);
};
var wrappedToString = (withName, fromBody) => `/* Wrapped ${withName}*/
${fromBody}`;
var toStringDescriptor = Object.getOwnPropertyDescriptor(Function.prototype, "toString");
var toStringName = Object.getOwnPropertyDescriptor(Function.prototype.toString, "name");
var changeToString = (to, from, name) => {
  const withName = name === "" ? "" : `with ${name.trim()}() `;
  const newToString = wrappedToString.bind(null, withName, from.toString());
  Object.defineProperty(newToString, "name", toStringName);
  const { writable, enumerable, configurable } = toStringDescriptor;
  Object.defineProperty(to, "toString", { value: newToString, writable, enumerable, configurable });
};
function mimicFunction(to, from, { ignoreNonConfigurable = false } = {}) {
  const { name } = to;
  for (const property of Reflect.ownKeys(from)) {
    copyProperty(to, from, property, ignoreNonConfigurable);
  }
  changePrototype(to, from);
  changeToString(to, from, name);
  return to;
}

// node_modules/onetime/index.js
var calledFunctions = /* @__PURE__ */ new WeakMap();
var onetime = (function_, options = {}) => {
  if (typeof function_ !== "function") {
    throw new TypeError("Expected a function");
  }
  let returnValue;
  let callCount = 0;
  const functionName = function_.displayName || function_.name || "<anonymous>";
  const onetime2 = function(...arguments_) {
    calledFunctions.set(onetime2, ++callCount);
    if (callCount === 1) {
      returnValue = function_.apply(this, arguments_);
      function_ = void 0;
    } else if (options.throw === true) {
      throw new Error(`Function \`${functionName}\` can only be called once`);
    }
    return returnValue;
  };
  mimicFunction(onetime2, function_);
  calledFunctions.set(onetime2, callCount);
  return onetime2;
};
onetime.callCount = (function_) => {
  if (!calledFunctions.has(function_)) {
    throw new Error(`The given function \`${function_.name}\` is not wrapped by the \`onetime\` package`);
  }
  return calledFunctions.get(function_);
};
var onetime_default = onetime;

// node_modules/signal-exit/dist/mjs/signals.js
var signals = [];
signals.push("SIGHUP", "SIGINT", "SIGTERM");
if (process.platform !== "win32") {
  signals.push(
    "SIGALRM",
    "SIGABRT",
    "SIGVTALRM",
    "SIGXCPU",
    "SIGXFSZ",
    "SIGUSR2",
    "SIGTRAP",
    "SIGSYS",
    "SIGQUIT",
    "SIGIOT"
    // should detect profiler and enable/disable accordingly.
    // see #21
    // 'SIGPROF'
  );
}
if (process.platform === "linux") {
  signals.push("SIGIO", "SIGPOLL", "SIGPWR", "SIGSTKFLT");
}

// node_modules/signal-exit/dist/mjs/index.js
var processOk = (process7) => !!process7 && typeof process7 === "object" && typeof process7.removeListener === "function" && typeof process7.emit === "function" && typeof process7.reallyExit === "function" && typeof process7.listeners === "function" && typeof process7.kill === "function" && typeof process7.pid === "number" && typeof process7.on === "function";
var kExitEmitter = /* @__PURE__ */ Symbol.for("signal-exit emitter");
var global = globalThis;
var ObjectDefineProperty = Object.defineProperty.bind(Object);
var Emitter = class {
  emitted = {
    afterExit: false,
    exit: false
  };
  listeners = {
    afterExit: [],
    exit: []
  };
  count = 0;
  id = Math.random();
  constructor() {
    if (global[kExitEmitter]) {
      return global[kExitEmitter];
    }
    ObjectDefineProperty(global, kExitEmitter, {
      value: this,
      writable: false,
      enumerable: false,
      configurable: false
    });
  }
  on(ev, fn) {
    this.listeners[ev].push(fn);
  }
  removeListener(ev, fn) {
    const list2 = this.listeners[ev];
    const i = list2.indexOf(fn);
    if (i === -1) {
      return;
    }
    if (i === 0 && list2.length === 1) {
      list2.length = 0;
    } else {
      list2.splice(i, 1);
    }
  }
  emit(ev, code, signal) {
    if (this.emitted[ev]) {
      return false;
    }
    this.emitted[ev] = true;
    let ret = false;
    for (const fn of this.listeners[ev]) {
      ret = fn(code, signal) === true || ret;
    }
    if (ev === "exit") {
      ret = this.emit("afterExit", code, signal) || ret;
    }
    return ret;
  }
};
var SignalExitBase = class {
};
var signalExitWrap = (handler) => {
  return {
    onExit(cb, opts) {
      return handler.onExit(cb, opts);
    },
    load() {
      return handler.load();
    },
    unload() {
      return handler.unload();
    }
  };
};
var SignalExitFallback = class extends SignalExitBase {
  onExit() {
    return () => {
    };
  }
  load() {
  }
  unload() {
  }
};
var SignalExit = class extends SignalExitBase {
  // "SIGHUP" throws an `ENOSYS` error on Windows,
  // so use a supported signal instead
  /* c8 ignore start */
  #hupSig = process3.platform === "win32" ? "SIGINT" : "SIGHUP";
  /* c8 ignore stop */
  #emitter = new Emitter();
  #process;
  #originalProcessEmit;
  #originalProcessReallyExit;
  #sigListeners = {};
  #loaded = false;
  constructor(process7) {
    super();
    this.#process = process7;
    this.#sigListeners = {};
    for (const sig of signals) {
      this.#sigListeners[sig] = () => {
        const listeners = this.#process.listeners(sig);
        let { count } = this.#emitter;
        const p = process7;
        if (typeof p.__signal_exit_emitter__ === "object" && typeof p.__signal_exit_emitter__.count === "number") {
          count += p.__signal_exit_emitter__.count;
        }
        if (listeners.length === count) {
          this.unload();
          const ret = this.#emitter.emit("exit", null, sig);
          const s = sig === "SIGHUP" ? this.#hupSig : sig;
          if (!ret)
            process7.kill(process7.pid, s);
        }
      };
    }
    this.#originalProcessReallyExit = process7.reallyExit;
    this.#originalProcessEmit = process7.emit;
  }
  onExit(cb, opts) {
    if (!processOk(this.#process)) {
      return () => {
      };
    }
    if (this.#loaded === false) {
      this.load();
    }
    const ev = opts?.alwaysLast ? "afterExit" : "exit";
    this.#emitter.on(ev, cb);
    return () => {
      this.#emitter.removeListener(ev, cb);
      if (this.#emitter.listeners["exit"].length === 0 && this.#emitter.listeners["afterExit"].length === 0) {
        this.unload();
      }
    };
  }
  load() {
    if (this.#loaded) {
      return;
    }
    this.#loaded = true;
    this.#emitter.count += 1;
    for (const sig of signals) {
      try {
        const fn = this.#sigListeners[sig];
        if (fn)
          this.#process.on(sig, fn);
      } catch (_) {
      }
    }
    this.#process.emit = (ev, ...a) => {
      return this.#processEmit(ev, ...a);
    };
    this.#process.reallyExit = (code) => {
      return this.#processReallyExit(code);
    };
  }
  unload() {
    if (!this.#loaded) {
      return;
    }
    this.#loaded = false;
    signals.forEach((sig) => {
      const listener = this.#sigListeners[sig];
      if (!listener) {
        throw new Error("Listener not defined for signal: " + sig);
      }
      try {
        this.#process.removeListener(sig, listener);
      } catch (_) {
      }
    });
    this.#process.emit = this.#originalProcessEmit;
    this.#process.reallyExit = this.#originalProcessReallyExit;
    this.#emitter.count -= 1;
  }
  #processReallyExit(code) {
    if (!processOk(this.#process)) {
      return 0;
    }
    this.#process.exitCode = code || 0;
    this.#emitter.emit("exit", this.#process.exitCode, null);
    return this.#originalProcessReallyExit.call(this.#process, this.#process.exitCode);
  }
  #processEmit(ev, ...args) {
    const og = this.#originalProcessEmit;
    if (ev === "exit" && processOk(this.#process)) {
      if (typeof args[0] === "number") {
        this.#process.exitCode = args[0];
      }
      const ret = og.call(this.#process, ev, ...args);
      this.#emitter.emit("exit", this.#process.exitCode, null);
      return ret;
    } else {
      return og.call(this.#process, ev, ...args);
    }
  }
};
var process3 = globalThis.process;
var {
  /**
   * Called when the process is exiting, whether via signal, explicit
   * exit, or running out of stuff to do.
   *
   * If the global process object is not suitable for instrumentation,
   * then this will be a no-op.
   *
   * Returns a function that may be used to unload signal-exit.
   */
  onExit,
  /**
   * Load the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  load,
  /**
   * Unload the listeners.  Likely you never need to call this, unless
   * doing a rather deep integration with signal-exit functionality.
   * Mostly exposed for the benefit of testing.
   *
   * @internal
   */
  unload
} = signalExitWrap(processOk(process3) ? new SignalExit(process3) : new SignalExitFallback());

// node_modules/restore-cursor/index.js
var terminal = process4.stderr.isTTY ? process4.stderr : process4.stdout.isTTY ? process4.stdout : void 0;
var restoreCursor = terminal ? onetime_default(() => {
  onExit(() => {
    terminal.write("\x1B[?25h");
  }, { alwaysLast: true });
}) : () => {
};
var restore_cursor_default = restoreCursor;

// node_modules/cli-cursor/index.js
var isHidden = false;
var cliCursor = {};
cliCursor.show = (writableStream = process5.stderr) => {
  if (!writableStream.isTTY) {
    return;
  }
  isHidden = false;
  writableStream.write("\x1B[?25h");
};
cliCursor.hide = (writableStream = process5.stderr) => {
  if (!writableStream.isTTY) {
    return;
  }
  restore_cursor_default();
  isHidden = true;
  writableStream.write("\x1B[?25l");
};
cliCursor.toggle = (force, writableStream) => {
  if (force !== void 0) {
    isHidden = force;
  }
  if (isHidden) {
    cliCursor.show(writableStream);
  } else {
    cliCursor.hide(writableStream);
  }
};
var cli_cursor_default = cliCursor;

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape2 = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape2}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate2(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate2(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment2) {
  if (segment2.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment2)) {
    return true;
  }
  if (segment2.includes("\u200D")) {
    const pictographics = segment2.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment2) {
  const index = segment2.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment2.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: segment2 } of segmenter.segment(string)) {
    const visibleSegment = baseVisible(segment2);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment2) || isDoubleWidthNonRgiEmojiSequence(segment2)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches2 = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches2) {
          return [0, 0, 0];
        }
        let [colorString] = matches2;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/wrap-ansi/index.js
var ANSI_ESCAPE = "\x1B";
var ANSI_ESCAPE_BELL = "\x07";
var C1_CSI = "\x9B";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_SGR_RESET = 0;
var ANSI_SGR_RESET_FOREGROUND = 39;
var ANSI_SGR_RESET_BACKGROUND = 49;
var ANSI_SGR_RESET_UNDERLINE_COLOR = 59;
var ANSI_SGR_FOREGROUND_EXTENDED = 38;
var ANSI_SGR_BACKGROUND_EXTENDED = 48;
var ANSI_SGR_UNDERLINE_COLOR_EXTENDED = 58;
var ANSI_SGR_COLOR_MODE_RGB = 2;
var ANSI_SGR_COLOR_MODE_256 = 5;
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;`;
var ESCAPES = /* @__PURE__ */ new Set([
  ANSI_ESCAPE,
  C1_CSI
]);
var ESCAPE_CHARACTERS = [...ESCAPES].join("");
var CSI_INTRODUCER = `(?:${ANSI_ESCAPE}\\${ANSI_CSI}|${C1_CSI})`;
var CSI_PARAMETERS = "[0-?]*[ -/]*[@-~]";
var SGR_PARAMETERS = `(?<sgr>[0-9;:]*)${ANSI_SGR_TERMINATOR}`;
var OSC_STRING_TERMINATOR = `(?:${ANSI_ESCAPE_BELL}|${ANSI_ESCAPE}\\\\)`;
var OSC_STRING_PAYLOAD = String.raw`[^\u0000-\u001F\u007F-\u009F]*`;
var LINK_PARAMETERS = String.raw`8;(?<parameters>[^;\u0000-\u001F\u007F-\u009F]*);(?<uri>${OSC_STRING_PAYLOAD})${OSC_STRING_TERMINATOR}`;
var OSC_STRING = `${OSC_STRING_PAYLOAD}${OSC_STRING_TERMINATOR}`;
var ANSI_ESCAPE_REGEX = new RegExp(
  `${CSI_INTRODUCER}(?:${SGR_PARAMETERS}|${CSI_PARAMETERS})|${ANSI_ESCAPE}\\${ANSI_OSC}(?:${LINK_PARAMETERS}|${OSC_STRING})`,
  "y"
);
var ANSI_SGR_MODIFIER_CLOSE_CODES = new Set(ansi_styles_default.codes.values());
ANSI_SGR_MODIFIER_CLOSE_CODES.delete(ANSI_SGR_RESET);
var segmenter2 = new Intl.Segmenter();
var getStringWidth = (string) => stringWidth(string, { countAnsiEscapeCodes: true });
var TAB_SIZE = 8;
var ESCAPE_INTRODUCER_REGEX = new RegExp(`[${ESCAPE_CHARACTERS}]`, "g");
var ROW_BOUNDARY_REGEX = new RegExp(`[\\n${ESCAPE_CHARACTERS}]`, "g");
var ASCII_PRINTABLE_REGEX = /^[ -~]*$/;
var wrapAnsiCode = (code) => `${ANSI_ESCAPE}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url, parameters = "") => `${ANSI_ESCAPE}${ANSI_ESCAPE_LINK}${parameters};${url}${ANSI_ESCAPE_BELL}`;
var matchAnsiEscape = (string, index) => {
  if (!ESCAPES.has(string[index])) {
    return;
  }
  ANSI_ESCAPE_REGEX.lastIndex = index;
  return ANSI_ESCAPE_REGEX.exec(string) ?? void 0;
};
var forEachSegment = (string, onPlainText, onEscape = () => {
}) => {
  let plainStart = 0;
  let index = 0;
  while (index < string.length) {
    ESCAPE_INTRODUCER_REGEX.lastIndex = index;
    const introducer = ESCAPE_INTRODUCER_REGEX.exec(string);
    if (!introducer) {
      break;
    }
    const escape3 = matchAnsiEscape(string, introducer.index);
    if (!escape3) {
      index = introducer.index + 1;
      continue;
    }
    if (introducer.index > plainStart) {
      onPlainText(string.slice(plainStart, introducer.index));
    }
    onEscape(escape3[0]);
    index = introducer.index + escape3[0].length;
    plainStart = index;
  }
  if (plainStart < string.length) {
    onPlainText(string.slice(plainStart));
  }
};
var getWidth = (string) => {
  let plainText = "";
  forEachSegment(string, (part) => {
    plainText += part;
  });
  return getStringWidth(plainText);
};
var getTokens = (string) => {
  const tokens = [];
  forEachSegment(string, (plainText) => {
    if (ASCII_PRINTABLE_REGEX.test(plainText)) {
      for (const character of plainText) {
        tokens.push({ value: character, width: 1 });
      }
      return;
    }
    for (const { segment: segment2 } of segmenter2.segment(plainText)) {
      tokens.push({ value: segment2, width: getStringWidth(segment2) });
    }
  }, (escape3) => {
    tokens.push({ value: escape3, width: 0 });
  });
  return tokens;
};
var splitWords = (string) => {
  let currentWord = { value: "", plainText: "" };
  const words = [currentWord];
  forEachSegment(string, (plainText) => {
    const parts = plainText.split(" ");
    currentWord.value += parts[0];
    currentWord.plainText += parts[0];
    for (let index = 1; index < parts.length; index++) {
      currentWord = { value: parts[index], plainText: parts[index] };
      words.push(currentWord);
    }
  }, (escape3) => {
    currentWord.value += escape3;
  });
  for (const word of words) {
    word.width = getStringWidth(word.plainText);
  }
  return words;
};
var getColonColorToken = (parameter) => {
  const parts = parameter.split(":");
  const code = Number.parseInt(parts[0], 10);
  const mode = Number.parseInt(parts[1], 10);
  if (![ANSI_SGR_FOREGROUND_EXTENDED, ANSI_SGR_BACKGROUND_EXTENDED, ANSI_SGR_UNDERLINE_COLOR_EXTENDED].includes(code)) {
    return;
  }
  if (mode === ANSI_SGR_COLOR_MODE_256 && parts.length === 3 && /^\d+$/.test(parts[2])) {
    return { code, open: parameter, hasArguments: true };
  }
  if (mode !== ANSI_SGR_COLOR_MODE_RGB) {
    return;
  }
  const components = parts.length === 6 ? parts.slice(3) : parts.slice(2);
  const colorSpace = parts.length === 6 ? parts[2] : void 0;
  if (components.length === 3 && components.every((component) => /^\d+$/.test(component)) && (colorSpace === void 0 || /^\d*$/.test(colorSpace))) {
    return { code, open: parameter, hasArguments: true };
  }
};
var getSgrTokens = (sgrParameters) => {
  const parameters = sgrParameters.split(";");
  const sgrTokens = [];
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index];
    if (parameter.includes(":")) {
      const colonColorToken = getColonColorToken(parameter);
      if (colonColorToken) {
        sgrTokens.push(colonColorToken);
      }
      continue;
    }
    const code = parameter === "" ? ANSI_SGR_RESET : Number.parseInt(parameter, 10);
    if (!Number.isFinite(code)) {
      continue;
    }
    if (code === ANSI_SGR_FOREGROUND_EXTENDED || code === ANSI_SGR_BACKGROUND_EXTENDED || code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED) {
      if (index + 1 >= parameters.length) {
        break;
      }
      const mode = Number.parseInt(parameters[index + 1], 10);
      const colorIndex = Number.parseInt(parameters[index + 2], 10);
      if (mode === ANSI_SGR_COLOR_MODE_256 && Number.isFinite(colorIndex)) {
        sgrTokens.push({ code, open: [code, mode, colorIndex].join(";"), hasArguments: true });
        index += 2;
        continue;
      }
      const red = Number.parseInt(parameters[index + 2], 10);
      const green = Number.parseInt(parameters[index + 3], 10);
      const blue = Number.parseInt(parameters[index + 4], 10);
      if (mode === ANSI_SGR_COLOR_MODE_RGB && Number.isFinite(red) && Number.isFinite(green) && Number.isFinite(blue)) {
        sgrTokens.push({ code, open: [code, mode, red, green, blue].join(";"), hasArguments: true });
        index += 4;
        continue;
      }
      break;
    }
    sgrTokens.push({ code, open: String(code), hasArguments: false });
  }
  return sgrTokens;
};
var removeActiveStyle = (activeStyles, family) => {
  const activeStyleIndex = activeStyles.findIndex((activeStyle) => activeStyle.family === family);
  if (activeStyleIndex !== -1) {
    activeStyles.splice(activeStyleIndex, 1);
  }
};
var upsertActiveStyle = (activeStyles, nextActiveStyle) => {
  removeActiveStyle(activeStyles, nextActiveStyle.family);
  activeStyles.push(nextActiveStyle);
};
var removeModifierStylesByClose = (activeStyles, closeCode) => {
  for (let index = activeStyles.length - 1; index >= 0; index--) {
    const activeStyle = activeStyles[index];
    if (activeStyle.family.startsWith("modifier-") && activeStyle.close === closeCode) {
      activeStyles.splice(index, 1);
    }
  }
};
var getColorStyle = (sgrToken) => {
  const { code, open: open5, hasArguments } = sgrToken;
  if (code >= 30 && code <= 37 || code >= 90 && code <= 97 || code === ANSI_SGR_FOREGROUND_EXTENDED && hasArguments) {
    return {
      family: "foreground",
      open: open5,
      close: ANSI_SGR_RESET_FOREGROUND
    };
  }
  if (code >= 40 && code <= 47 || code >= 100 && code <= 107 || code === ANSI_SGR_BACKGROUND_EXTENDED && hasArguments) {
    return {
      family: "background",
      open: open5,
      close: ANSI_SGR_RESET_BACKGROUND
    };
  }
  if (code === ANSI_SGR_UNDERLINE_COLOR_EXTENDED && hasArguments) {
    return {
      family: "underlineColor",
      open: open5,
      close: ANSI_SGR_RESET_UNDERLINE_COLOR
    };
  }
};
var applySgrResetCode = (code, activeStyles) => {
  if (code === ANSI_SGR_RESET) {
    activeStyles.length = 0;
    return true;
  }
  if (code === ANSI_SGR_RESET_FOREGROUND) {
    removeActiveStyle(activeStyles, "foreground");
    return true;
  }
  if (code === ANSI_SGR_RESET_BACKGROUND) {
    removeActiveStyle(activeStyles, "background");
    return true;
  }
  if (code === ANSI_SGR_RESET_UNDERLINE_COLOR) {
    removeActiveStyle(activeStyles, "underlineColor");
    return true;
  }
  if (ANSI_SGR_MODIFIER_CLOSE_CODES.has(code)) {
    removeModifierStylesByClose(activeStyles, code);
    return true;
  }
  return false;
};
var applySgrToken = (sgrToken, activeStyles) => {
  const { code } = sgrToken;
  if (applySgrResetCode(code, activeStyles)) {
    return;
  }
  const colorStyle = getColorStyle(sgrToken);
  if (colorStyle) {
    upsertActiveStyle(activeStyles, colorStyle);
    return;
  }
  const close = ansi_styles_default.codes.get(code);
  if (close !== void 0 && close !== ANSI_SGR_RESET) {
    upsertActiveStyle(activeStyles, {
      family: `modifier-${code}`,
      open: sgrToken.open,
      close
    });
  }
};
var applySgrParameters = (sgrParameters, activeStyles) => {
  for (const sgrToken of getSgrTokens(sgrParameters)) {
    applySgrToken(sgrToken, activeStyles);
  }
};
var applySgrResets = (sgrParameters, activeStyles) => {
  for (const { code } of getSgrTokens(sgrParameters)) {
    applySgrResetCode(code, activeStyles);
  }
};
var applyLeadingSgrResets = (string, startIndex, activeStyles) => {
  let index = startIndex;
  while (index < string.length) {
    const match = matchAnsiEscape(string, index);
    if (!match) {
      break;
    }
    if (match.groups.sgr !== void 0) {
      applySgrResets(match.groups.sgr, activeStyles);
    }
    index += match[0].length;
  }
};
var getClosingSgrSequence = (activeStyles) => [...activeStyles].reverse().map((activeStyle) => wrapAnsiCode(activeStyle.close)).join("");
var getOpeningSgrSequence = (activeStyles) => activeStyles.map((activeStyle) => wrapAnsiCode(activeStyle.open)).join("");
var wrapWord = (rows, word, columns, rowWidth) => {
  const tokens = getTokens(word);
  let visible = rowWidth;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.width > 0 && visible > 0 && visible + token.width > columns) {
      rows.push("");
      visible = 0;
    }
    rows[rows.length - 1] += token.value;
    visible += token.width;
    if (visible === columns && index < tokens.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
  return getWidth(rows.at(-1));
};
var stringVisibleTrimSpacesRight = (string) => {
  if (!string.includes(" ")) {
    return string;
  }
  const segments = [];
  forEachSegment(string, (plainText) => {
    segments.push({ value: plainText, isEscape: false });
  }, (escape3) => {
    segments.push({ value: escape3, isEscape: true });
  });
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment2 = segments[index];
    if (segment2.isEscape) {
      continue;
    }
    let end = segment2.value.length;
    while (end > 0 && segment2.value[end - 1] === " ") {
      end--;
    }
    segment2.value = segment2.value.slice(0, end);
    if (getStringWidth(segment2.value) > 0) {
      break;
    }
  }
  return segments.map((segment2) => segment2.value).join("");
};
var expandTabs = (line) => {
  if (!line.includes("	")) {
    return line;
  }
  let visible = 0;
  let expandedLine = "";
  let plainTextSinceTab = "";
  const expandPlainText = (plainText) => {
    const segments = plainText.split("	");
    for (const [index, segment2] of segments.entries()) {
      expandedLine += segment2;
      plainTextSinceTab += segment2;
      if (index < segments.length - 1) {
        visible += getStringWidth(plainTextSinceTab);
        plainTextSinceTab = "";
        const spaces = TAB_SIZE - visible % TAB_SIZE;
        expandedLine += " ".repeat(spaces);
        visible += spaces;
      }
    }
  };
  forEachSegment(line, expandPlainText, (escape3) => {
    expandedLine += escape3;
  });
  return expandedLine;
};
var restoreStylesAcrossRows = (preString) => {
  let returnValue = "";
  let activeHyperlink;
  const activeStyles = [];
  let index = 0;
  let copiedIndex = 0;
  while (index < preString.length) {
    ROW_BOUNDARY_REGEX.lastIndex = index;
    const boundary = ROW_BOUNDARY_REGEX.exec(preString);
    if (!boundary) {
      break;
    }
    index = boundary.index;
    if (boundary[0] !== "\n") {
      const escape3 = matchAnsiEscape(preString, index);
      if (!escape3) {
        index++;
        continue;
      }
      const { groups } = escape3;
      if (groups.sgr !== void 0) {
        applySgrParameters(groups.sgr, activeStyles);
      } else if (groups.uri !== void 0) {
        activeHyperlink = groups.uri.length === 0 ? void 0 : { parameters: groups.parameters, uri: groups.uri };
      }
      index += escape3[0].length;
      continue;
    }
    returnValue += preString.slice(copiedIndex, index);
    if (index > copiedIndex) {
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink("");
      }
      returnValue += getClosingSgrSequence(activeStyles);
    }
    returnValue += "\n";
    index++;
    copiedIndex = index;
    if (index < preString.length && preString[index] !== "\n") {
      const openingStyles = [...activeStyles];
      applyLeadingSgrResets(preString, index, openingStyles);
      returnValue += getOpeningSgrSequence(openingStyles);
      if (activeHyperlink) {
        returnValue += wrapAnsiHyperlink(activeHyperlink.uri, activeHyperlink.parameters);
      }
    }
  }
  return returnValue + preString.slice(copiedIndex);
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  const words = splitWords(string);
  let rows = [""];
  let rowLength = 0;
  let trimmedRowIndex = -1;
  let isFirstWord = true;
  for (const word of words) {
    const rowIndex = rows.length - 1;
    if (options.trim !== false && trimmedRowIndex !== rowIndex) {
      const row = rows[rowIndex];
      const trimmedRow = row.trimStart();
      if (trimmedRow.length !== row.length) {
        rows[rowIndex] = trimmedRow;
        rowLength = getWidth(trimmedRow);
      }
      if (trimmedRow.length > 0) {
        trimmedRowIndex = rowIndex;
      }
    }
    if (isFirstWord) {
      isFirstWord = false;
    } else {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && options.wordWrap !== false && word.width > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((word.width - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((word.width - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
        rowLength = 0;
      }
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    if (rowLength + word.width > columns && rowLength > 0 && word.width > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        rowLength = wrapWord(rows, word.value, columns, rowLength);
        continue;
      }
      rows.push("");
      rowLength = 0;
    }
    if (rowLength + word.width > columns && options.wordWrap === false) {
      rowLength = wrapWord(rows, word.value, columns, rowLength);
      continue;
    }
    rows[rows.length - 1] += word.value;
    rowLength += word.width;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  return restoreStylesAcrossRows(rows.join("\n"));
};
var normalizeText = (string) => {
  let normalizedString = "";
  forEachSegment(string, (plainText) => {
    normalizedString += plainText.normalize();
  }, (escape3) => {
    normalizedString += escape3;
  });
  return normalizedString;
};
function wrapAnsi(string, columns, options) {
  return normalizeText(String(string)).replaceAll("\r\n", "\n").split("\n").map((line) => exec(expandTabs(line), columns, options)).join("\n");
}

// node_modules/is-fullwidth-code-point/index.js
function isFullwidthCodePoint(codePoint) {
  if (!Number.isInteger(codePoint)) {
    return false;
  }
  return isFullwidth(codePoint) || isWide(codePoint);
}

// node_modules/slice-ansi/tokenize-ansi.js
var ESCAPE_CODE_POINT = 27;
var C1_DCS_CODE_POINT = 144;
var C1_SOS_CODE_POINT = 152;
var C1_CSI_CODE_POINT = 155;
var C1_ST_CODE_POINT = 156;
var C1_OSC_CODE_POINT = 157;
var C1_PM_CODE_POINT = 158;
var C1_APC_CODE_POINT = 159;
var ESCAPES2 = /* @__PURE__ */ new Set([
  ESCAPE_CODE_POINT,
  C1_DCS_CODE_POINT,
  C1_SOS_CODE_POINT,
  C1_CSI_CODE_POINT,
  C1_ST_CODE_POINT,
  C1_OSC_CODE_POINT,
  C1_PM_CODE_POINT,
  C1_APC_CODE_POINT
]);
var ESCAPE = "\x1B";
var ANSI_BELL = "\x07";
var ANSI_CSI2 = "[";
var ANSI_OSC2 = "]";
var ANSI_DCS = "P";
var ANSI_SOS = "X";
var ANSI_PM = "^";
var ANSI_APC = "_";
var ANSI_SGR_TERMINATOR2 = "m";
var ANSI_OSC_TERMINATOR = "\\";
var ANSI_STRING_TERMINATOR = `${ESCAPE}${ANSI_OSC_TERMINATOR}`;
var C1_OSC = "\x9D";
var C1_STRING_TERMINATOR = "\x9C";
var ANSI_HYPERLINK_ESC_PREFIX = `${ESCAPE}${ANSI_OSC2}8;`;
var ANSI_HYPERLINK_C1_PREFIX = `${C1_OSC}8;`;
var ANSI_HYPERLINK_ESC_CLOSE = `${ANSI_HYPERLINK_ESC_PREFIX};`;
var ANSI_HYPERLINK_C1_CLOSE = `${ANSI_HYPERLINK_C1_PREFIX};`;
var CODE_POINT_0 = "0".codePointAt(0);
var CODE_POINT_9 = "9".codePointAt(0);
var CODE_POINT_SEMICOLON = ";".codePointAt(0);
var CODE_POINT_COLON = ":".codePointAt(0);
var CODE_POINT_CSI_PARAMETER_START = "0".codePointAt(0);
var CODE_POINT_CSI_PARAMETER_END = "?".codePointAt(0);
var CODE_POINT_CSI_INTERMEDIATE_START = " ".codePointAt(0);
var CODE_POINT_CSI_INTERMEDIATE_END = "/".codePointAt(0);
var CODE_POINT_CSI_FINAL_START = "@".codePointAt(0);
var CODE_POINT_CSI_FINAL_END = "~".codePointAt(0);
var REGIONAL_INDICATOR_SYMBOL_LETTER_A = 127462;
var REGIONAL_INDICATOR_SYMBOL_LETTER_Z = 127487;
var SGR_RESET_CODE = 0;
var SGR_EXTENDED_FOREGROUND_CODE = 38;
var SGR_DEFAULT_FOREGROUND_CODE = 39;
var SGR_EXTENDED_BACKGROUND_CODE = 48;
var SGR_DEFAULT_BACKGROUND_CODE = 49;
var SGR_COLOR_TYPE_ANSI_256 = 5;
var SGR_COLOR_TYPE_TRUECOLOR = 2;
var SGR_ANSI_256_FRAGMENT_LENGTH = 3;
var SGR_TRUECOLOR_FRAGMENT_LENGTH = 5;
var SGR_ANSI_256_LAST_PARAMETER_OFFSET = 2;
var SGR_TRUECOLOR_LAST_PARAMETER_OFFSET = 4;
var VARIATION_SELECTOR_16_CODE_POINT = 65039;
var COMBINING_ENCLOSING_KEYCAP_CODE_POINT = 8419;
var EMOJI_PRESENTATION_GRAPHEME_REGEX = new RegExp("\\p{Emoji_Presentation}", "u");
var GRAPHEME_SEGMENTER = new Intl.Segmenter(void 0, { granularity: "grapheme" });
var endCodeNumbers = /* @__PURE__ */ new Set();
for (const [, end] of ansi_styles_default.codes) {
  endCodeNumbers.add(end);
}
function isSgrParameterCharacter(codePoint) {
  return codePoint >= CODE_POINT_0 && codePoint <= CODE_POINT_9 || codePoint === CODE_POINT_SEMICOLON || codePoint === CODE_POINT_COLON;
}
function isCsiParameterCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_PARAMETER_START && codePoint <= CODE_POINT_CSI_PARAMETER_END;
}
function isCsiIntermediateCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_INTERMEDIATE_START && codePoint <= CODE_POINT_CSI_INTERMEDIATE_END;
}
function isCsiFinalCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_FINAL_START && codePoint <= CODE_POINT_CSI_FINAL_END;
}
function isRegionalIndicatorCodePoint(codePoint) {
  return codePoint >= REGIONAL_INDICATOR_SYMBOL_LETTER_A && codePoint <= REGIONAL_INDICATOR_SYMBOL_LETTER_Z;
}
function createControlParseResult(code, endIndex) {
  return {
    token: {
      type: "control",
      code
    },
    endIndex
  };
}
function isEmojiStyleGrapheme(grapheme) {
  if (EMOJI_PRESENTATION_GRAPHEME_REGEX.test(grapheme)) {
    return true;
  }
  for (const character of grapheme) {
    const codePoint = character.codePointAt(0);
    if (codePoint === VARIATION_SELECTOR_16_CODE_POINT || codePoint === COMBINING_ENCLOSING_KEYCAP_CODE_POINT) {
      return true;
    }
  }
  return false;
}
function getGraphemeWidth(grapheme) {
  let regionalIndicatorCount = 0;
  for (const character of grapheme) {
    const codePoint = character.codePointAt(0);
    if (isFullwidthCodePoint(codePoint)) {
      return 2;
    }
    if (isRegionalIndicatorCodePoint(codePoint)) {
      regionalIndicatorCount++;
    }
  }
  if (regionalIndicatorCount >= 1) {
    return 2;
  }
  if (isEmojiStyleGrapheme(grapheme)) {
    return 2;
  }
  return 1;
}
function getSgrPrefix(code) {
  if (code.startsWith("\x9B")) {
    return "\x9B";
  }
  return `${ESCAPE}${ANSI_CSI2}`;
}
function createSgrCode(prefix, values) {
  return `${prefix}${values.join(";")}${ANSI_SGR_TERMINATOR2}`;
}
function getSgrFragments(code) {
  const fragments = [];
  const sgrPrefix = getSgrPrefix(code);
  let parameterString;
  if (code.startsWith(`${ESCAPE}${ANSI_CSI2}`)) {
    parameterString = code.slice(2, -1);
  } else if (code.startsWith("\x9B")) {
    parameterString = code.slice(1, -1);
  } else {
    return fragments;
  }
  const rawCodes = parameterString.length === 0 ? [String(SGR_RESET_CODE)] : parameterString.split(";");
  let index = 0;
  while (index < rawCodes.length) {
    const codeNumber = Number.parseInt(rawCodes[index], 10);
    if (Number.isNaN(codeNumber)) {
      index++;
      continue;
    }
    if (codeNumber === SGR_RESET_CODE) {
      fragments.push({ type: "reset" });
      index++;
      continue;
    }
    if (codeNumber === SGR_EXTENDED_FOREGROUND_CODE || codeNumber === SGR_EXTENDED_BACKGROUND_CODE) {
      const colorType = Number.parseInt(rawCodes[index + 1], 10);
      if (colorType === SGR_COLOR_TYPE_ANSI_256 && index + SGR_ANSI_256_LAST_PARAMETER_OFFSET < rawCodes.length) {
        const openCode3 = createSgrCode(sgrPrefix, rawCodes.slice(index, index + SGR_ANSI_256_FRAGMENT_LENGTH));
        fragments.push({
          type: "start",
          code: openCode3,
          endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
        });
        index += SGR_ANSI_256_FRAGMENT_LENGTH;
        continue;
      }
      if (colorType === SGR_COLOR_TYPE_TRUECOLOR && index + SGR_TRUECOLOR_LAST_PARAMETER_OFFSET < rawCodes.length) {
        const openCode3 = createSgrCode(sgrPrefix, rawCodes.slice(index, index + SGR_TRUECOLOR_FRAGMENT_LENGTH));
        fragments.push({
          type: "start",
          code: openCode3,
          endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
        });
        index += SGR_TRUECOLOR_FRAGMENT_LENGTH;
        continue;
      }
      const openCode2 = createSgrCode(sgrPrefix, [rawCodes[index]]);
      fragments.push({
        type: "start",
        code: openCode2,
        endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
      });
      index++;
      continue;
    }
    if (endCodeNumbers.has(codeNumber)) {
      fragments.push({
        type: "end",
        endCode: ansi_styles_default.color.ansi(codeNumber)
      });
      index++;
      continue;
    }
    const mappedEndCode = ansi_styles_default.codes.get(codeNumber);
    if (mappedEndCode !== void 0) {
      const openCode2 = createSgrCode(sgrPrefix, [rawCodes[index]]);
      fragments.push({
        type: "start",
        code: openCode2,
        endCode: ansi_styles_default.color.ansi(mappedEndCode)
      });
      index++;
      continue;
    }
    const openCode = createSgrCode(sgrPrefix, [rawCodes[index]]);
    fragments.push({
      type: "start",
      code: openCode,
      endCode: ansi_styles_default.reset.open
    });
    index++;
  }
  if (fragments.length === 0) {
    fragments.push({ type: "reset" });
  }
  return fragments;
}
function parseCsiCode(string, index) {
  const escapeCodePoint = string.codePointAt(index);
  let sequenceStartIndex;
  if (escapeCodePoint === ESCAPE_CODE_POINT) {
    if (string[index + 1] !== ANSI_CSI2) {
      return;
    }
    sequenceStartIndex = index + 2;
  } else if (escapeCodePoint === C1_CSI_CODE_POINT) {
    sequenceStartIndex = index + 1;
  } else {
    return;
  }
  let hasCanonicalSgrParameters = true;
  for (let sequenceIndex = sequenceStartIndex; sequenceIndex < string.length; sequenceIndex++) {
    const codePoint = string.codePointAt(sequenceIndex);
    if (isCsiFinalCharacter(codePoint)) {
      const code = string.slice(index, sequenceIndex + 1);
      if (string[sequenceIndex] !== ANSI_SGR_TERMINATOR2 || !hasCanonicalSgrParameters) {
        return createControlParseResult(code, sequenceIndex + 1);
      }
      return {
        token: {
          type: "sgr",
          code,
          fragments: getSgrFragments(code)
        },
        endIndex: sequenceIndex + 1
      };
    }
    if (isCsiParameterCharacter(codePoint)) {
      if (!isSgrParameterCharacter(codePoint)) {
        hasCanonicalSgrParameters = false;
      }
      continue;
    }
    if (isCsiIntermediateCharacter(codePoint)) {
      hasCanonicalSgrParameters = false;
      continue;
    }
    const endIndex = sequenceIndex;
    return createControlParseResult(string.slice(index, endIndex), endIndex);
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseHyperlinkCode(string, index) {
  let hyperlinkPrefix;
  let hyperlinkClose;
  const codePoint = string.codePointAt(index);
  if (codePoint === ESCAPE_CODE_POINT && string.startsWith(ANSI_HYPERLINK_ESC_PREFIX, index)) {
    hyperlinkPrefix = ANSI_HYPERLINK_ESC_PREFIX;
    hyperlinkClose = ANSI_HYPERLINK_ESC_CLOSE;
  } else if (codePoint === C1_OSC_CODE_POINT && string.startsWith(ANSI_HYPERLINK_C1_PREFIX, index)) {
    hyperlinkPrefix = ANSI_HYPERLINK_C1_PREFIX;
    hyperlinkClose = ANSI_HYPERLINK_C1_CLOSE;
  } else {
    return;
  }
  const uriStart = string.indexOf(";", index + hyperlinkPrefix.length);
  if (uriStart === -1) {
    return createControlParseResult(string.slice(index), string.length);
  }
  for (let sequenceIndex = uriStart + 1; sequenceIndex < string.length; sequenceIndex++) {
    const character = string[sequenceIndex];
    if (character === ANSI_BELL) {
      const code = string.slice(index, sequenceIndex + 1);
      const action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: ANSI_BELL
        },
        endIndex: sequenceIndex + 1
      };
    }
    if (character === ESCAPE && string[sequenceIndex + 1] === ANSI_OSC_TERMINATOR) {
      const code = string.slice(index, sequenceIndex + 2);
      const action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: ANSI_STRING_TERMINATOR
        },
        endIndex: sequenceIndex + 2
      };
    }
    if (character === C1_STRING_TERMINATOR) {
      const code = string.slice(index, sequenceIndex + 1);
      const action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: C1_STRING_TERMINATOR
        },
        endIndex: sequenceIndex + 1
      };
    }
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseControlStringCode(string, index) {
  const codePoint = string.codePointAt(index);
  let sequenceStartIndex;
  let supportsBellTerminator = false;
  switch (codePoint) {
    case ESCAPE_CODE_POINT: {
      const command = string[index + 1];
      switch (command) {
        case ANSI_OSC2: {
          sequenceStartIndex = index + 2;
          supportsBellTerminator = true;
          break;
        }
        case ANSI_DCS:
        case ANSI_SOS:
        case ANSI_PM:
        case ANSI_APC: {
          sequenceStartIndex = index + 2;
          break;
        }
        case ANSI_OSC_TERMINATOR: {
          return createControlParseResult(ANSI_STRING_TERMINATOR, index + 2);
        }
        default: {
          return;
        }
      }
      break;
    }
    case C1_OSC_CODE_POINT: {
      sequenceStartIndex = index + 1;
      supportsBellTerminator = true;
      break;
    }
    case C1_DCS_CODE_POINT:
    case C1_SOS_CODE_POINT:
    case C1_PM_CODE_POINT:
    case C1_APC_CODE_POINT: {
      sequenceStartIndex = index + 1;
      break;
    }
    case C1_ST_CODE_POINT: {
      return createControlParseResult(C1_STRING_TERMINATOR, index + 1);
    }
    default: {
      return;
    }
  }
  for (let sequenceIndex = sequenceStartIndex; sequenceIndex < string.length; sequenceIndex++) {
    if (supportsBellTerminator && string[sequenceIndex] === ANSI_BELL) {
      return createControlParseResult(string.slice(index, sequenceIndex + 1), sequenceIndex + 1);
    }
    if (string[sequenceIndex] === ESCAPE && string[sequenceIndex + 1] === ANSI_OSC_TERMINATOR) {
      return createControlParseResult(string.slice(index, sequenceIndex + 2), sequenceIndex + 2);
    }
    if (string[sequenceIndex] === C1_STRING_TERMINATOR) {
      return createControlParseResult(string.slice(index, sequenceIndex + 1), sequenceIndex + 1);
    }
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseAnsiCode(string, index) {
  const codePoint = string.codePointAt(index);
  if (codePoint === ESCAPE_CODE_POINT || codePoint === C1_OSC_CODE_POINT) {
    const hyperlinkCode = parseHyperlinkCode(string, index);
    if (hyperlinkCode) {
      return hyperlinkCode;
    }
  }
  const controlStringCode = parseControlStringCode(string, index);
  if (controlStringCode) {
    return controlStringCode;
  }
  return parseCsiCode(string, index);
}
function appendTrailingAnsiTokens(string, index, tokens) {
  while (index < string.length) {
    const nextCodePoint = string.codePointAt(index);
    if (!ESCAPES2.has(nextCodePoint)) {
      break;
    }
    const escapeCode = parseAnsiCode(string, index);
    if (!escapeCode) {
      break;
    }
    tokens.push(escapeCode.token);
    index = escapeCode.endIndex;
  }
  return index;
}
function parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments) {
  const segment2 = graphemeSegments.containing(index);
  if (!segment2 || segment2.index !== index) {
    return;
  }
  return {
    token: {
      type: "character",
      // Intentionally preserve UAX29 behavior (GB3): CRLF is one grapheme cluster.
      value: segment2.segment,
      visibleWidth: getGraphemeWidth(segment2.segment),
      isGraphemeContinuation: false
    },
    endIndex: index + segment2.segment.length
  };
}
function collectVisibleCharacters(string) {
  const visibleCharacters = [];
  let index = 0;
  while (index < string.length) {
    const codePoint = string.codePointAt(index);
    if (ESCAPES2.has(codePoint)) {
      const code = parseAnsiCode(string, index);
      if (code) {
        index = code.endIndex;
        continue;
      }
    }
    const value = String.fromCodePoint(codePoint);
    visibleCharacters.push({
      value,
      visibleWidth: 1,
      isGraphemeContinuation: false
    });
    index += value.length;
  }
  return visibleCharacters;
}
function applyGraphemeMetadata(visibleCharacters) {
  if (visibleCharacters.length === 0) {
    return;
  }
  const visibleString = visibleCharacters.map(({ value }) => value).join("");
  const scalarOffsets = [];
  let scalarOffset = 0;
  for (const visibleCharacter of visibleCharacters) {
    scalarOffsets.push(scalarOffset);
    scalarOffset += visibleCharacter.value.length;
  }
  let scalarIndex = 0;
  for (const segment2 of GRAPHEME_SEGMENTER.segment(visibleString)) {
    while (scalarIndex < visibleCharacters.length && scalarOffsets[scalarIndex] < segment2.index) {
      scalarIndex++;
    }
    let graphemeIndex = scalarIndex;
    let isFirstInGrapheme = true;
    while (graphemeIndex < visibleCharacters.length && scalarOffsets[graphemeIndex] < segment2.index + segment2.segment.length) {
      visibleCharacters[graphemeIndex].visibleWidth = isFirstInGrapheme ? getGraphemeWidth(segment2.segment) : 0;
      visibleCharacters[graphemeIndex].isGraphemeContinuation = !isFirstInGrapheme;
      isFirstInGrapheme = false;
      graphemeIndex++;
    }
    scalarIndex = graphemeIndex;
  }
}
function tokenizeAnsiWithVisibleSegmentation(string, { endCharacter = Number.POSITIVE_INFINITY } = {}) {
  const tokens = [];
  const visibleCharacters = collectVisibleCharacters(string);
  applyGraphemeMetadata(visibleCharacters);
  let index = 0;
  let visibleCharacterIndex = 0;
  let visibleCount = 0;
  while (index < string.length) {
    const codePoint = string.codePointAt(index);
    if (ESCAPES2.has(codePoint)) {
      const code = parseAnsiCode(string, index);
      if (code) {
        tokens.push(code.token);
        index = code.endIndex;
        continue;
      }
    }
    const value = String.fromCodePoint(codePoint);
    const visibleCharacter = visibleCharacters[visibleCharacterIndex];
    let visibleWidth = isFullwidthCodePoint(codePoint) ? 2 : value.length;
    if (visibleCharacter) {
      visibleWidth = visibleCharacter.visibleWidth;
    }
    const token = {
      type: "character",
      value,
      visibleWidth,
      isGraphemeContinuation: visibleCharacter ? visibleCharacter.isGraphemeContinuation : false
    };
    tokens.push(token);
    index += value.length;
    visibleCharacterIndex++;
    visibleCount += token.visibleWidth;
    if (visibleCount >= endCharacter) {
      const nextVisibleCharacter = visibleCharacters[visibleCharacterIndex];
      if (!nextVisibleCharacter || !nextVisibleCharacter.isGraphemeContinuation) {
        index = appendTrailingAnsiTokens(string, index, tokens);
        break;
      }
    }
  }
  return tokens;
}
function areValuesInSameGrapheme(leftValue, rightValue) {
  const pair = `${leftValue}${rightValue}`;
  const splitIndex = leftValue.length;
  for (const segment2 of GRAPHEME_SEGMENTER.segment(pair)) {
    if (segment2.index === splitIndex) {
      return false;
    }
    if (segment2.index > splitIndex) {
      return true;
    }
  }
  return true;
}
function hasAnsiSplitContinuationAhead(string, startIndex, previousVisibleValue, graphemeSegments) {
  if (!previousVisibleValue) {
    return false;
  }
  let index = startIndex;
  let hasAnsiCode = false;
  while (index < string.length) {
    const codePoint = string.codePointAt(index);
    if (ESCAPES2.has(codePoint)) {
      const code = parseAnsiCode(string, index);
      if (code) {
        hasAnsiCode = true;
        index = code.endIndex;
        continue;
      }
    }
    if (!hasAnsiCode) {
      return false;
    }
    const characterToken = parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments);
    if (!characterToken) {
      return true;
    }
    return areValuesInSameGrapheme(previousVisibleValue, characterToken.token.value);
  }
  return false;
}
function tokenizeAnsi(string, { endCharacter = Number.POSITIVE_INFINITY } = {}) {
  const tokens = [];
  const graphemeSegments = GRAPHEME_SEGMENTER.segment(string);
  let index = 0;
  let visibleCount = 0;
  let previousVisibleValue;
  let hasAnsiSinceLastVisible = false;
  while (index < string.length) {
    const codePoint = string.codePointAt(index);
    if (ESCAPES2.has(codePoint)) {
      const code = parseAnsiCode(string, index);
      if (code) {
        tokens.push(code.token);
        index = code.endIndex;
        hasAnsiSinceLastVisible = true;
        continue;
      }
    }
    const characterToken = parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments);
    if (!characterToken) {
      return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
    }
    if (hasAnsiSinceLastVisible && previousVisibleValue && areValuesInSameGrapheme(previousVisibleValue, characterToken.token.value)) {
      return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
    }
    tokens.push(characterToken.token);
    index = characterToken.endIndex;
    visibleCount += characterToken.token.visibleWidth;
    hasAnsiSinceLastVisible = false;
    previousVisibleValue = characterToken.token.value;
    if (visibleCount >= endCharacter) {
      if (hasAnsiSplitContinuationAhead(string, index, previousVisibleValue, graphemeSegments)) {
        return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
      }
      index = appendTrailingAnsiTokens(string, index, tokens);
      break;
    }
  }
  return tokens;
}

// node_modules/slice-ansi/index.js
function applySgrFragments(activeStyles, fragments) {
  for (const fragment of fragments) {
    switch (fragment.type) {
      case "reset": {
        activeStyles.clear();
        break;
      }
      case "end": {
        activeStyles.delete(fragment.endCode);
        break;
      }
      case "start": {
        activeStyles.delete(fragment.endCode);
        activeStyles.set(fragment.endCode, fragment.code);
        break;
      }
      default: {
        break;
      }
    }
  }
  return activeStyles;
}
function undoAnsiCodes(activeStyles) {
  return [...activeStyles.keys()].reverse().join("");
}
function closeHyperlink(hyperlinkToken) {
  return `${hyperlinkToken.closePrefix}${hyperlinkToken.terminator}`;
}
function shouldIncludeSgrAfterEnd(token, activeStyles) {
  let hasStartFragment = false;
  let hasClosingEffect = false;
  for (const fragment of token.fragments) {
    if (fragment.type === "start") {
      hasStartFragment = true;
      continue;
    }
    if (fragment.type === "reset" && activeStyles.size > 0) {
      hasClosingEffect = true;
      continue;
    }
    if (fragment.type === "end" && activeStyles.has(fragment.endCode)) {
      hasClosingEffect = true;
    }
  }
  return hasClosingEffect && !hasStartFragment;
}
function applySgrToken2({ token, isPastEnd, activeStyles, returnValue, include, activeHyperlink, position }) {
  if (isPastEnd && !shouldIncludeSgrAfterEnd(token, activeStyles)) {
    return {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    };
  }
  activeStyles = applySgrFragments(activeStyles, token.fragments);
  if (include) {
    returnValue += token.code;
  }
  return {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
function applyHyperlinkToken({ token, isPastEnd, activeStyles, activeHyperlink, position, returnValue, include }) {
  if (isPastEnd && (token.action !== "close" || !activeHyperlink)) {
    return {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    };
  }
  if (token.action === "open") {
    activeHyperlink = token;
  } else if (token.action === "close") {
    activeHyperlink = void 0;
  }
  if (include) {
    returnValue += token.code;
  }
  return {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
function applyControlToken({ token, isPastEnd, activeStyles, activeHyperlink, position, returnValue, include }) {
  if (!isPastEnd && include) {
    returnValue += token.code;
  }
  return {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
function applyCharacterToken({ token, start, activeStyles, activeHyperlink, position, returnValue, include }) {
  if (!include && position >= start && !token.isGraphemeContinuation) {
    include = true;
    returnValue = [...activeStyles.values()].join("");
    if (activeHyperlink) {
      returnValue += activeHyperlink.code;
    }
  }
  if (include) {
    returnValue += token.value;
  }
  position += token.visibleWidth;
  return {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
var tokenHandlers = {
  sgr: applySgrToken2,
  hyperlink: applyHyperlinkToken,
  control: applyControlToken,
  character: applyCharacterToken
};
function applyToken(parameters) {
  const tokenHandler = tokenHandlers[parameters.token.type];
  if (!tokenHandler) {
    const {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    } = parameters;
    return {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    };
  }
  return tokenHandler(parameters);
}
function createHasContinuationAheadMap(tokens) {
  const hasContinuationAhead = Array.from({ length: tokens.length }, () => false);
  let nextCharacterIsContinuation = false;
  for (let tokenIndex = tokens.length - 1; tokenIndex >= 0; tokenIndex--) {
    const token = tokens[tokenIndex];
    hasContinuationAhead[tokenIndex] = nextCharacterIsContinuation;
    if (token.type === "character") {
      nextCharacterIsContinuation = Boolean(token.isGraphemeContinuation);
    }
  }
  return hasContinuationAhead;
}
function sliceAnsi(string, start, end) {
  const tokens = tokenizeAnsi(string, { endCharacter: end });
  const hasContinuationAhead = createHasContinuationAheadMap(tokens);
  let activeStyles = /* @__PURE__ */ new Map();
  let activeHyperlink;
  let position = 0;
  let returnValue = "";
  let include = false;
  for (const [tokenIndex, token] of tokens.entries()) {
    let isPastEnd = end !== void 0 && position >= end;
    if (isPastEnd && token.type !== "character" && hasContinuationAhead[tokenIndex]) {
      isPastEnd = false;
    }
    if (isPastEnd && token.type === "character" && !token.isGraphemeContinuation) {
      break;
    }
    ({ activeStyles, activeHyperlink, position, returnValue, include } = applyToken({
      token,
      isPastEnd,
      start,
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    }));
  }
  if (!include) {
    return "";
  }
  if (activeHyperlink) {
    returnValue += closeHyperlink(activeHyperlink);
  }
  returnValue += undoAnsiCodes(activeStyles);
  return returnValue;
}

// node_modules/log-update/index.js
var getWidth2 = (stream, defaultWidth) => stream.columns ?? defaultWidth ?? 80;
var SYNCHRONIZED_OUTPUT_ENABLE = "\x1B[?2026h";
var SYNCHRONIZED_OUTPUT_DISABLE = "\x1B[?2026l";
var fitToTerminalHeight = (stream, wrappedText, defaultHeight) => {
  const terminalHeight = stream.rows ?? defaultHeight ?? 24;
  if (terminalHeight === void 0) {
    return { text: wrappedText, wasClipped: false };
  }
  if (terminalHeight === 0) {
    return { text: "", wasClipped: wrappedText !== "" };
  }
  const unstyled = stripAnsi(wrappedText);
  const newlineCount = [...unstyled].filter((character) => character === "\n").length;
  const linesCount = newlineCount + 1;
  const toRemove = Math.max(0, linesCount - terminalHeight);
  if (toRemove === 0) {
    return { text: wrappedText, wasClipped: false };
  }
  let seen = 0;
  let cut2 = 0;
  for (const [index, character] of [...unstyled].entries()) {
    if (character === "\n") {
      seen++;
      if (seen === toRemove) {
        cut2 = index + 1;
        break;
      }
    }
  }
  return { text: sliceAnsi(wrappedText, cut2), wasClipped: true };
};
var diffFrames = (previousLines, nextLines) => {
  let start = 0;
  for (; start < previousLines.length && start < nextLines.length; start++) {
    if (previousLines[start] !== nextLines[start]) {
      break;
    }
  }
  let endPrevious = previousLines.length - 1;
  let endNext = nextLines.length - 1;
  while (endPrevious >= start && endNext >= start && previousLines[endPrevious] === nextLines[endNext]) {
    endPrevious--;
    endNext--;
  }
  return { start, endPrevious, endNext };
};
var buildPatch = ({
  prevCount,
  start,
  endPrevious,
  endNext,
  nextLines,
  nextWrappedEndsWithNewline
}) => {
  let sequence = "";
  const upCount = Math.max(0, prevCount - 1 - start);
  if (upCount > 0) {
    sequence += base_exports.cursorUp(upCount);
  }
  sequence += base_exports.cursorLeft;
  const linesToClear = Math.max(0, endPrevious - start + 1);
  for (let index = 0; index < linesToClear; index++) {
    sequence += base_exports.eraseLine;
    if (index < linesToClear - 1) {
      sequence += base_exports.cursorDown();
    }
  }
  if (linesToClear > 1) {
    sequence += base_exports.cursorUp(linesToClear - 1);
  }
  sequence += base_exports.cursorLeft;
  const wroteSlice = nextLines.slice(start, endNext + 1);
  if (wroteSlice.length > 0) {
    const chunk = wroteSlice.join("\n");
    sequence += chunk;
    sequence += base_exports.eraseEndLine;
    if (nextWrappedEndsWithNewline && !chunk.endsWith("\n")) {
      sequence += "\n";
    }
  }
  const currentLine = start + wroteSlice.length;
  const finalLine = nextLines.length - 1;
  const downCount = finalLine - currentLine;
  if (downCount > 0) {
    sequence += base_exports.cursorDown(downCount);
  }
  return sequence;
};
function createLogUpdate(stream, { showCursor = false, defaultWidth, defaultHeight } = {}) {
  let previousLineCount = 0;
  let previousWidth = getWidth2(stream, defaultWidth);
  let previousOutput = "";
  const useSynchronizedOutput = stream.isTTY === true;
  const write = (output) => {
    if (output === "") {
      return;
    }
    if (useSynchronizedOutput) {
      stream.write(SYNCHRONIZED_OUTPUT_ENABLE + output + SYNCHRONIZED_OUTPUT_DISABLE);
      return;
    }
    stream.write(output);
  };
  const computeFrame = (text, width) => {
    const textString = String(text);
    const raw = textString.endsWith("\n") ? textString : `${textString}
`;
    const wrapped = wrapAnsi(raw, width, { trim: false, hard: true, wordWrap: false });
    const { text: clippedText, wasClipped } = fitToTerminalHeight(stream, wrapped, defaultHeight);
    const lines = clippedText === "" ? [] : clippedText.split("\n");
    return { wrapped: clippedText, lines, wasClipped };
  };
  const reset = () => {
    previousOutput = "";
    previousWidth = getWidth2(stream, defaultWidth);
    previousLineCount = 0;
  };
  const render = (...arguments_) => {
    if (!showCursor) {
      cli_cursor_default.hide();
    }
    const width = getWidth2(stream, defaultWidth);
    const { wrapped, lines, wasClipped } = computeFrame(arguments_.join(" "), width);
    if (lines.length === 0) {
      previousOutput = wrapped;
      previousWidth = width;
      previousLineCount = 0;
      return;
    }
    if (wrapped === previousOutput && previousWidth === width) {
      return;
    }
    if (previousLineCount === 0) {
      write(wrapped);
      previousOutput = wrapped;
      previousWidth = width;
      previousLineCount = lines.length;
      return;
    }
    if (previousWidth !== width || wasClipped) {
      write(base_exports.eraseLines(previousLineCount) + wrapped);
      previousOutput = wrapped;
      previousWidth = width;
      previousLineCount = lines.length;
      return;
    }
    const previousLines = previousOutput === "" ? [] : previousOutput.split("\n");
    const { start, endPrevious, endNext } = diffFrames(previousLines, lines);
    if (start === lines.length && previousLineCount === lines.length) {
      return;
    }
    if (start === 0) {
      write(base_exports.eraseLines(previousLineCount) + wrapped);
      previousOutput = wrapped;
      previousWidth = width;
      previousLineCount = lines.length;
      return;
    }
    const patch = buildPatch({
      prevCount: previousLineCount,
      start,
      endPrevious,
      endNext,
      nextLines: lines,
      nextWrappedEndsWithNewline: wrapped.endsWith("\n")
    });
    write(patch);
    previousOutput = wrapped;
    previousWidth = width;
    previousLineCount = lines.length;
  };
  render.clear = () => {
    write(base_exports.eraseLines(previousLineCount));
    reset();
  };
  render.done = () => {
    reset();
    if (!showCursor) {
      cli_cursor_default.show();
    }
  };
  render.persist = (...arguments_) => {
    const erasePrevious = previousLineCount > 0 ? base_exports.eraseLines(previousLineCount) : "";
    if (previousLineCount > 0) {
      previousLineCount = 0;
    }
    const text = `${arguments_.join(" ")}`;
    const width = getWidth2(stream, defaultWidth);
    const { wrapped: wrappedText } = computeFrame(text, width);
    write(erasePrevious + wrappedText);
    reset();
  };
  return render;
}
var logUpdate = createLogUpdate(process6.stdout);
var logUpdateStderr = createLogUpdate(process6.stderr);

// src/display/board.ts
var SGR = { bold: "1", dim: "2", green: "32", red: "31", yellow: "33", cyan: "36" };
var BAR_CELLS = 16;
var FAILED = /* @__PURE__ */ new Set(["failed", "expired", "timed_out"]);
function progressBoard(options) {
  const { total, now } = options;
  const columns = Math.max(20, options.columns ?? 80);
  const maxJobLines = Math.max(1, options.maxJobLines ?? 8);
  const startedAt = now();
  const flights = /* @__PURE__ */ new Map();
  let done = 0;
  let failed = 0;
  let stopped = 0;
  const line = (spans) => fit(spans, columns, options.color ?? false);
  return {
    onJobSubmitted(job) {
      if (!flights.has(job.id)) flights.set(job.id, { id: job.id, since: now(), rawStatus: "submitted" });
    },
    onJobProgress(job, status) {
      const flight = flights.get(job.id) ?? { id: job.id, since: now(), rawStatus: status.rawStatus };
      flight.rawStatus = status.rawStatus;
      flight.progress = status.progress;
      flights.set(job.id, flight);
    },
    onJobEnd(result) {
      flights.delete(result.id);
      if (result.status === "completed" || result.status === "skipped") done++;
      else if (FAILED.has(result.status)) failed++;
      else stopped++;
    },
    frame() {
      const at = now();
      const elapsed = at - startedAt;
      const inFlight = flights.size;
      const queued = Math.max(0, total - done - failed - stopped - inFlight);
      const summary = [
        [`${done}/${total} done`, done > 0 ? "green" : "plain"],
        [" \xB7 ", "dim"],
        [`${failed} failed`, failed > 0 ? "red" : "plain"],
        [" \xB7 ", "dim"],
        [`${inFlight} in flight`, inFlight > 0 ? "cyan" : "plain"],
        [" \xB7 ", "dim"],
        [`${queued} queued`, "plain"],
        ["   ", "plain"],
        [`${clock(elapsed)} elapsed`, "dim"]
      ];
      const left = timeLeft(elapsed, total, done + failed + stopped, [...flights.values()]);
      if (left !== void 0) summary.push([`, about ${clock(left)} left`, "dim"]);
      const lines = [line(summary)];
      const shown = [...flights.values()].slice(0, maxJobLines);
      const idWidth = Math.min(Math.max(8, ...shown.map((f) => [...f.id].length)), Math.max(8, columns - 46));
      for (const flight of shown) {
        const progress = flight.progress;
        const filled = progress === void 0 ? 0 : Math.round(Math.min(100, Math.max(0, progress)) / 100 * BAR_CELLS);
        lines.push(
          line([
            ["  ", "plain"],
            [pad(cut(flight.id, idWidth), idWidth), "bold"],
            ["  ", "plain"],
            ["\u2588".repeat(filled), "cyan"],
            ["\u2591".repeat(BAR_CELLS - filled), "dim"],
            [progress === void 0 ? "     " : `${String(Math.round(progress)).padStart(4)}%`, "plain"],
            ["  ", "plain"],
            [pad(flight.rawStatus, 11), "dim"],
            [" ", "plain"],
            [clock(at - flight.since).padStart(6), "dim"]
          ])
        );
      }
      if (flights.size > shown.length) lines.push(line([[`  \u2026 and ${flights.size - shown.length} more in flight`, "dim"]]));
      return lines.join("\n");
    }
  };
}
function timeLeft(elapsedMs, total, ended, flights) {
  if (ended >= total) return void 0;
  const work = ended + flights.reduce((sum, f) => sum + Math.min(100, Math.max(0, f.progress ?? 0)) / 100, 0);
  if (work <= 0 || elapsedMs <= 0) return void 0;
  return Math.round(elapsedMs * (total - work) / work);
}
function clock(ms) {
  const seconds3 = Math.max(0, Math.round(ms / 1e3));
  if (seconds3 < 60) return `${seconds3}s`;
  if (seconds3 < 3600) return `${Math.floor(seconds3 / 60)}m ${String(seconds3 % 60).padStart(2, "0")}s`;
  return formatDuration(ms);
}
function cut(text, width) {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}\u2026`;
}
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}
function fit(spans, columns, color) {
  let out = "";
  let room = columns;
  for (const [text, style] of spans) {
    if (room <= 0) break;
    const chars = [...text];
    const piece = chars.length <= room ? text : `${chars.slice(0, room - 1).join("")}\u2026`;
    room -= Math.min(chars.length, room);
    out += color && style !== "plain" && piece.trim() !== "" ? `\x1B[${SGR[style]}m${piece}\x1B[0m` : piece;
  }
  return out.replace(/ +$/, "");
}

// src/display/live.ts
function liveProgress(options) {
  const { screen } = options;
  const board = progressBoard(options);
  let stopped = false;
  const draw = () => {
    if (!stopped) screen.update(board.frame());
  };
  const persist = (line) => {
    screen.persist(line);
    draw();
  };
  const lines = stateChangeLog(options.total, persist);
  const tickMs = options.tickMs ?? 1e3;
  const timer = tickMs > 0 ? setInterval(draw, tickMs) : void 0;
  timer?.unref();
  const stop = (options2 = {}) => {
    if (stopped) return;
    if (!options2.clear) draw();
    stopped = true;
    if (timer) clearInterval(timer);
    if (options2.clear) screen.clear();
    else screen.done();
  };
  draw();
  return {
    onJobSubmitted(job, videoId, how) {
      board.onJobSubmitted?.(job, videoId, how);
      draw();
    },
    onJobProgress(job, status) {
      board.onJobProgress?.(job, status);
      draw();
    },
    onRetry(job, what, reason, delayMs) {
      lines.onRetry?.(job, what, reason, delayMs);
    },
    onJobEnd(result) {
      board.onJobEnd?.(result);
      if (!stopped) lines.onJobEnd?.(result);
    },
    onRunEnd() {
      stop();
    },
    log(line) {
      if (stopped) screen.persist(line);
      else persist(line);
    },
    stop
  };
}
function terminalScreen(stream) {
  const render = createLogUpdate(stream);
  return {
    update: (frame) => render(frame),
    persist: (line) => render.persist(line),
    done: () => render.done(),
    clear: () => {
      render.clear();
      render.done();
    }
  };
}

// src/display/choose.ts
function colorAllowed(env) {
  return (env.NO_COLOR ?? "") === "";
}
function canRedraw(stream, env) {
  return stream.isTTY === true && env.TERM !== "dumb";
}
function chooseDisplay(options) {
  const { stream, env } = options;
  const plain = (line) => void stream.write(`${line}
`);
  const none = () => {
  };
  if (options.quiet) return { progress: null, log: plain, stop: none, interrupt: none, kind: "quiet" };
  if (!canRedraw(stream, env)) return { progress: void 0, log: plain, stop: none, interrupt: none, kind: "lines" };
  let live;
  return {
    kind: "live",
    progress: (total) => {
      live = liveProgress({
        total,
        now: options.now ?? Date.now,
        screen: options.screen ?? terminalScreen(stream),
        columns: stream.columns,
        color: colorAllowed(env),
        // Room for the summary line and the prompt below the board.
        maxJobLines: Math.max(1, Math.min(12, (stream.rows ?? 24) - 4))
      });
      return live;
    },
    log: (line) => live ? live.log(line) : plain(line),
    stop: () => live?.stop(),
    interrupt: () => live?.stop({ clear: true })
  };
}

// src/memory.ts
import { setFlagsFromString } from "node:v8";
function tuneGarbageCollector() {
  setFlagsFromString("--heap-growing-percent=25");
  setFlagsFromString("--semi-space-growth-factor=1");
}

// src/providers/catalog-table.ts
function catalogRows(provider) {
  return provider === void 0 ? CATALOG : CATALOG.filter((row) => row.provider === provider);
}
function catalogProviders() {
  return [...new Set(CATALOG.map((row) => row.provider))];
}
function usd(rate) {
  if (typeof rate === "number") return `$${rate}`;
  const values = Object.values(rate);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `$${low}` : `$${low}-${high}`;
}
function catalogTable(rows) {
  const header = ["provider", "model", "status", "seconds", "sizes", "usd/s", "replacement"];
  const cells = rows.map((row) => [
    row.provider,
    row.model,
    row.shutdown && row.status !== "ga" ? `${row.status} ${row.shutdown}` : row.status,
    row.seconds ? listValues(row.seconds) : "-",
    row.sizes ? row.sizes.join(",") : "-",
    row.price ? usd(row.price.usd_per_second) : "-",
    row.replacement ? describeReplacements(row.replacement) : ""
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i].length)));
  return [header, ...cells].map((line) => line.map((cell, i) => i === line.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd());
}
function catalogJson(rows) {
  return `${JSON.stringify({ models: rows }, null, 2)}
`;
}

// src/cli.ts
var HELP = `video-batch: generate every video in a manifest, check it, collect it, report it.

Usage:
  video-batch run <manifest.yaml|manifest.csv> [options]
  video-batch merge <report.json>... --out DIR   merge the reports of every shard into one
  video-batch simulate [--port N]        serve the built-in Videos API simulator
  video-batch models [--provider P] [--json]  the model catalog: status, limits, price, replacement

Options for run:
${optionHelp("run")}

Options for simulate:
${optionHelp("simulate")}

Options for models (and --provider P to keep one provider's rows):
${optionHelp("models")}

Options for every command:
${optionHelp("any")}

Progress is redrawn in place on a terminal, one line per change elsewhere; NO_COLOR turns colour off.
The final counts and the reports' paths go to stdout, progress and warnings to stderr.
Keys come from the environment (OPENAI_API_KEY, or a manifest's api_key_env); never pass them as flags.
Exit codes: 0 every job completed, 1 a job failed (per --fail-on), 2 usage or manifest error
(nothing sent), 130/143 stopped by SIGINT/SIGTERM (report written; run again to finish).`;
function parseCount(value, flag, fallback, min, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} takes a whole number ${range} (got "${value}")`);
  }
  return n;
}
function parseVariants(value) {
  if (value === void 0) return ["thumbnail"];
  const { variants, unknown } = parseVariantList(value);
  if (unknown.length > 0) throw new UsageError(`--variants takes a list of video, ${ASSET_VARIANTS.join(", ")} (got "${unknown.join(",")}")`);
  return variants;
}
function parseUsd(value) {
  if (value === void 0) return void 0;
  const n = Number(value.replace(/^\$/, ""));
  if (value.trim() === "" || !Number.isFinite(n) || n < 0) throw new UsageError(`--max-cost takes an amount in USD, e.g. 25 or 12.50 (got "${value}")`);
  return n;
}
async function main(argv) {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    process.stdout.write(`${HELP}
`);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync4(new URL("../package.json", import.meta.url), "utf8"));
    process.stdout.write(`${pkg.version}
`);
    return 0;
  }
  if (command === "simulate") return simulate(parseCount(values.port, "--port", 8787, 0, 65535));
  if (command === "models") return models(values.provider, values.json ?? false);
  if (command === "merge") return merge(rest, values.out, values["fail-on"] ?? "any");
  if (command !== "run") throw new UsageError(command ? `unknown command "${command}"; try --help` : "no command given; try --help");
  if (rest.length !== 1) throw new UsageError(rest.length === 0 ? "run needs a manifest path, e.g. video-batch run prompts.yaml" : `run takes one manifest (got ${rest.length})`);
  const failOn = values["fail-on"] ?? "any";
  if (failOn !== "any" && failOn !== "all" && failOn !== "never") throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const provider = values.provider;
  if (provider !== void 0 && !PROVIDER_NAMES.includes(provider)) {
    throw new UsageError(`--provider takes one of ${PROVIDER_NAMES.join(", ")} (got "${provider}")`);
  }
  const options = {
    manifest: rest[0],
    outDir: values.out ?? DEFAULT_OUT_DIR,
    concurrency: parseCount(values.concurrency, "--concurrency", 4, 1),
    provider,
    model: values.model,
    baseUrl: values["base-url"],
    timeoutSeconds: parseCount(values.timeout, "--timeout", 3600, 0),
    failOn,
    download: !values["no-download"],
    variants: parseVariants(values.variants),
    dryRun: values["dry-run"] ?? false,
    simulate: values.simulate ?? false,
    maxCostUsd: parseUsd(values["max-cost"]),
    fresh: values.fresh ?? false,
    regenerateExpired: values["regenerate-expired"] ?? false,
    inputDirs: values["input-dir"] ?? [],
    retryUncertain: parseRetryUncertain(values["retry-uncertain"]),
    ...values.shard !== void 0 ? { shard: parseShard(values.shard, "--shard") } : {}
  };
  const display = chooseDisplay({ stream: process.stderr, env: process.env, quiet: values.quiet ?? false });
  const controller = new AbortController();
  let stoppedBy;
  const onSignal = (name) => {
    if (controller.signal.aborted) process.exit(name === "SIGINT" ? 130 : 143);
    stoppedBy = name;
    display.interrupt();
    process.stderr.write(`
${name}: stopping; writing the report (${name === "SIGINT" ? "Ctrl-C" : "send it"} again to quit at once)
`);
    controller.abort(new Error(name));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const result = await run(options, {
    env: process.env,
    log: display.log,
    warn: (line) => display.log(`warning: ${line}`),
    progress: display.progress,
    // The results (a dry run's plan, the reports' paths) go to stdout, after the board is put away.
    print: (line) => {
      display.stop();
      process.stdout.write(`${line}
`);
    },
    signal: controller.signal
  }).finally(display.stop);
  if (result.report && stoppedBy) {
    const resume = resumeCommand(argv, process.argv[1] ?? "video-batch", process.cwd());
    for (const line of stoppedLines(result.report, stoppedBy, resume)) process.stdout.write(`${line}
`);
  } else if (result.report) {
    process.stdout.write(`${resultLine(result.report, result.exitCode, failOn)}
`);
  }
  if (stoppedBy) process.exit(stoppedBy === "SIGINT" ? 130 : 143);
  return result.exitCode;
}
async function merge(paths, out, failOn) {
  if (paths.length === 0) throw new UsageError("merge needs the report.json of every shard, e.g. video-batch merge shards/*/report.json --out merged");
  if (out === void 0) throw new UsageError("merge needs --out DIR for the merged report.json, report.md and report.html");
  if (failOn !== "any" && failOn !== "all" && failOn !== "never") throw new UsageError(`--fail-on takes any, all or never (got "${failOn}")`);
  const merged = await mergeReportFiles(paths, out);
  process.stderr.write(`merged ${merged.merged.length} reports (${merged.report.summary.total} jobs): ${merged.reportJson}
`);
  process.stderr.write(`gallery: ${merged.reportHtml} (its players point into each shard's folder: keep them beside it)
`);
  return exitCodeFor(merged.report.jobs, failOn);
}
function models(provider, json) {
  const known = catalogProviders();
  if (provider !== void 0 && !known.includes(provider)) throw new UsageError(`--provider takes one of ${known.join(", ")} (got "${provider}")`);
  const rows = catalogRows(provider);
  process.stdout.write(json ? catalogJson(rows) : `${catalogTable(rows).join("\n")}
`);
  return 0;
}
async function simulate(port) {
  const simulator = await startSimulator({ port }).catch((error) => {
    if (error.code === "EADDRINUSE") throw new UsageError(`port ${port} is in use; pick another with --port N (--port 0 takes any free one)`);
    throw error;
  });
  process.stderr.write(`simulator: ${simulator.url}  (OPENAI_BASE_URL=${simulator.url}; any key works; Ctrl-C to stop)
`);
  await new Promise((resolve6) => {
    process.once("SIGINT", resolve6);
    process.once("SIGTERM", resolve6);
  });
  await simulator.close();
  return 0;
}
tuneGarbageCollector();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof ManifestError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}
`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`video-batch: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
      process.exitCode = 3;
    }
  }
);
