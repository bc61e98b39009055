import { createRequire as __scaleplanCreateRequire } from 'node:module';
const require = __scaleplanCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-VXV2MXR7.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    }, badChars = /[&<>"'`=]/g, possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++)
        for (var key in arguments[i])
          Object.prototype.hasOwnProperty.call(arguments[i], key) && (obj[key] = arguments[i][key]);
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function(value) {
      return typeof value == "function";
    };
    isFunction(/x/) && (exports.isFunction = isFunction = function(value) {
      return typeof value == "function" && toString.call(value) === "[object Function]";
    });
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value == "object" ? toString.call(value) === "[object Array]" : !1;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++)
        if (array[i] === value)
          return i;
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string != "string") {
        if (string && typeof string.toHTML == "function")
          return string.toHTML();
        if (string == null)
          return "";
        if (!string)
          return string + "";
        string = "" + string;
      }
      return possible.test(string) ? string.replace(badChars, escapeChar) : string;
    }
    function isEmpty(value) {
      return !value && value !== 0 ? !0 : !!(isArray(value) && value.length === 0);
    }
    function createFrame(object) {
      var frame = extend({}, object);
      return frame._parent = object, frame;
    }
    function blockParams(params, ids) {
      return params.path = ids, params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      loc && loc.start && (line = loc.start.line, column = loc.start.column, loc.end && (endLineNumber = loc.end.line, endColumn = loc.end.column), message += " - " + line + ":" + column);
      for (var tmp = Error.prototype.constructor.call(this, message), idx = 0; idx < errorProps.length; idx++)
        this[errorProps[idx]] = tmp[errorProps[idx]];
      Error.captureStackTrace && Error.captureStackTrace(this, Exception);
      try {
        loc && (this.lineNumber = line, this.endLineNumber = endLineNumber, Object.defineProperty ? (Object.defineProperty(this, "column", {
          value: column,
          enumerable: !0
        }), Object.defineProperty(this, "endColumn", {
          value: endColumn,
          enumerable: !0
        })) : (this.column = column, this.endColumn = endColumn));
      } catch {
      }
    }
    Exception.prototype = new Error();
    exports.default = Exception;
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    var _utils = require_utils();
    exports.default = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === !0)
          return fn(this);
        if (context === !1 || context == null)
          return inverse(this);
        if (_utils.isArray(context))
          return context.length > 0 ? (options.ids && (options.ids = [options.name]), instance.helpers.each(context, options)) : inverse(this);
        if (options.data && options.ids) {
          var data = _utils.createFrame(options.data);
          data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name), options = { data };
        }
        return fn(context, options);
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator.return;
        _utils.isFunction(_close) && _close.call(iterator);
      } catch {
      }
    }
    exports.default = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options)
          throw new _exception2.default("Must pass iterator to #each");
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        options.data && options.ids && (contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + "."), _utils.isFunction(context) && (context = context.call(this)), options.data && (data = _utils.createFrame(options.data));
        function execIteration(field, index, last, value) {
          data && (data.key = field, data.index = index, data.first = index === 0, data.last = !!last, contextPath && (data.contextPath = contextPath + field)), ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context == "object")
          if (_utils.isArray(context))
            for (var j = context.length; i < j; i++)
              i in context && execIteration(i, i, i === context.length - 1, context[i]);
          else if (typeof Symbol == "function" && context[Symbol.iterator])
            for (var iterator = context[Symbol.iterator](), current = iterator.next(); !current.done; ) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                throw next.done || closeIterator(iterator), e;
              }
              current = next, i++;
            }
          else
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                priorKey !== void 0 && execIteration(priorKey, i - 1, !1, context[priorKey]), priorKey = key, i++;
              }), priorKey !== void 0 && execIteration(priorKey, i - 1, !0, context[priorKey]);
            })();
        return i === 0 && (ret = inverse(this)), ret;
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports.default = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length !== 1)
          throw new _exception2.default('Missing helper: "' + arguments[arguments.length - 1].name + '"');
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports.default = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#if requires exactly one argument");
        return _utils.isFunction(conditional) && (conditional = conditional.call(this)), !options.hash.includeZero && !conditional || _utils.isEmpty(conditional) ? options.inverse(this) : options.fn(this);
      }), instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#unless requires exactly one argument");
        return instance.helpers.if.call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    exports.default = function(instance) {
      instance.registerHelper("log", function() {
        for (var args = [void 0], options = arguments[arguments.length - 1], i = 0; i < arguments.length - 1; i++)
          args.push(arguments[i]);
        var level = 1;
        options.hash.level != null ? level = options.hash.level : options.data && options.data.level != null && (level = options.data.level), args[0] = level, instance.log.apply(instance, args);
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    exports.default = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        return obj && options.lookupProperty(obj, field);
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception);
    exports.default = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2)
          throw new _exception2.default("#with requires exactly one argument");
        _utils.isFunction(context) && (context = context.call(this));
        var fn = options.fn;
        if (_utils.isEmpty(context))
          return options.inverse(this);
        var data = options.data;
        return options.data && options.ids && (data = _utils.createFrame(options.data), data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0])), fn(context, {
          data,
          blockParams: _utils.blockParams([context], [data && data.contextPath])
        });
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing(), _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing), _helpersEach = require_each(), _helpersEach2 = _interopRequireDefault(_helpersEach), _helpersHelperMissing = require_helper_missing(), _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing), _helpersIf = require_if(), _helpersIf2 = _interopRequireDefault(_helpersIf), _helpersLog = require_log(), _helpersLog2 = _interopRequireDefault(_helpersLog), _helpersLookup = require_lookup(), _helpersLookup2 = _interopRequireDefault(_helpersLookup), _helpersWith = require_with(), _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2.default(instance), _helpersEach2.default(instance), _helpersHelperMissing2.default(instance), _helpersIf2.default(instance), _helpersLog2.default(instance), _helpersLookup2.default(instance), _helpersWith2.default(instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      instance.helpers[helperName] && (instance.hooks[helperName] = instance.helpers[helperName], keepHelper || (instance.helpers[helperName] = void 0));
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    var _utils = require_utils();
    exports.default = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        return props.partials || (props.partials = {}, ret = function(context, options2) {
          var original = container.partials;
          container.partials = _utils.extend({}, original, props.partials);
          var ret2 = fn(context, options2);
          return container.partials = original, ret2;
        }), props.partials[options.args[0]] = options.fn, ret;
      });
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _decoratorsInline = require_inline(), _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2.default(instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    var _utils = require_utils(), logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function(level) {
        if (typeof level == "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          levelMap >= 0 ? level = levelMap : level = parseInt(level, 10);
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function(level) {
        if (level = logger.lookupLevel(level), typeof console < "u" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          console[method] || (method = "log");
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++)
            message[_key - 1] = arguments[_key];
          console[method].apply(console, message);
        }
      }
    };
    exports.default = logger;
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _logger = require_logger(), _logger2 = _interopRequireDefault(_logger), loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList.__proto__ = !1, _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      return methodWhiteList.constructor = !1, methodWhiteList.__defineGetter__ = !1, methodWhiteList.__defineSetter__ = !1, methodWhiteList.__lookupGetter__ = !1, methodWhiteList.__lookupSetter__ = !1, _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods), {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      return checkWhiteList(typeof result == "function" ? protoAccessControl.methods : protoAccessControl.properties, propertyName);
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result == "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      return protoAccessControlForType.whitelist[propertyName] !== void 0 ? protoAccessControlForType.whitelist[propertyName] === !0 : protoAccessControlForType.defaultValue !== void 0 ? protoAccessControlForType.defaultValue : (logUnexpecedPropertyAccessOnce(propertyName), !1);
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      loggedProperties[propertyName] !== !0 && (loggedProperties[propertyName] = !0, _logger2.default.log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + `" because it is not an "own property" of its parent.
You can add a runtime option to disable the check or this warning:
See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details`));
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var _utils = require_utils(), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception), _helpers = require_helpers(), _decorators = require_decorators(), _logger = require_logger(), _logger2 = _interopRequireDefault(_logger), _internalProtoAccess = require_proto_access(), VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {}, this.partials = partials || {}, this.decorators = decorators || {}, _helpers.registerDefaultHelpers(this), _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2.default,
      log: _logger2.default.log,
      registerHelper: function(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn)
            throw new _exception2.default("Arg not supported with multiple helpers");
          _utils.extend(this.helpers, name);
        } else
          this.helpers[name] = fn;
      },
      unregisterHelper: function(name) {
        delete this.helpers[name];
      },
      registerPartial: function(name, partial) {
        if (_utils.toString.call(name) === objectType)
          _utils.extend(this.partials, name);
        else {
          if (typeof partial > "u")
            throw new _exception2.default('Attempting to register a partial called "' + name + '" as undefined');
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function(name) {
        delete this.partials[name];
      },
      registerDecorator: function(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn)
            throw new _exception2.default("Arg not supported with multiple decorators");
          _utils.extend(this.decorators, name);
        } else
          this.decorators[name] = fn;
      },
      unregisterDecorator: function(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2.default.log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports.default = SafeString;
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper != "function")
        return helper;
      var wrapper = function() {
        var options = arguments[arguments.length - 1];
        return arguments[arguments.length - 1] = transformOptionsFn(options), helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = !0;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule)
        return obj;
      var newObj = {};
      if (obj != null)
        for (var key in obj)
          Object.prototype.hasOwnProperty.call(obj, key) && (newObj[key] = obj[key]);
      return newObj.default = obj, newObj;
    }
    var _utils = require_utils(), Utils = _interopRequireWildcard(_utils), _exception = require_exception(), _exception2 = _interopRequireDefault(_exception), _base = require_base(), _helpers = require_helpers(), _internalWrapHelper = require_wrapHelper(), _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (!(compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION))
        if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
          var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
          throw new _exception2.default("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
        } else
          throw new _exception2.default("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
    }
    function template(templateSpec, env) {
      if (!env)
        throw new _exception2.default("No environment passed to template");
      if (!templateSpec || !templateSpec.main)
        throw new _exception2.default("Unknown template object: " + typeof templateSpec);
      templateSpec.main.decorator = templateSpec.main_d, env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        options.hash && (context = Utils.extend({}, context, options.hash), options.ids && (options.ids[0] = !0)), partial = env.VM.resolvePartial.call(this, partial, context, options), options.hooks = this.hooks, options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial))
          throw new _exception2.default("The partial " + options.name + " returned no output: partials must return a string");
        if (result == null && env.compile) {
          if (typeof partial != "string")
            throw new _exception2.default("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env), result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            for (var lines = result.split(`
`), i = 0, l = lines.length; i < l && !(!lines[i] && i + 1 === l); i++)
              lines[i] = options.indent + lines[i];
            result = lines.join(`
`);
          }
          return result;
        } else
          throw new _exception2.default("The partial " + options.name + " could not be compiled when running in runtime-only mode");
      }
      var container = {
        strict: function(obj, name, loc) {
          if (!obj || !(name in obj))
            throw new _exception2.default('"' + name + '" not defined in ' + obj, {
              loc
            });
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null || Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result) || _internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName))
            return result;
        },
        lookup: function(depths, name) {
          for (var len = depths.length, i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null)
              return result;
          }
        },
        lambda: function(current, context) {
          return typeof current == "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function(i) {
          var ret2 = templateSpec[i];
          return ret2.decorator = templateSpec[i + "_d"], ret2;
        },
        programs: [],
        program: function(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          return data || depths || blockParams || declaredBlockParams ? programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths) : programWrapper || (programWrapper = this.programs[i] = wrapProgram(this, i, fn)), programWrapper;
        },
        data: function(value, depth) {
          for (; value && depth--; )
            value = value._parent;
          return value;
        },
        mergeIfNeeded: function(param, common) {
          var obj = param || common;
          return param && common && param !== common && (obj = Utils.extend({}, common, param)), obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1], data = options.data;
        ret._setup(options), !options.partial && templateSpec.useData && (data = initData(context, data));
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        templateSpec.useDepths && (options.depths ? depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths : depths = [context]);
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        return main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams), main(context, options);
      }
      return ret.isTop = !0, ret._setup = function(options) {
        if (options.partial)
          container.protoAccessControl = options.protoAccessControl, container.helpers = options.helpers, container.partials = options.partials, container.decorators = options.decorators, container.hooks = options.hooks;
        else {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container), addHelpers(mergedHelpers, options.helpers, container), container.helpers = mergedHelpers, templateSpec.usePartial && (container.partials = container.mergeIfNeeded(options.partials, env.partials)), (templateSpec.usePartial || templateSpec.useDecorators) && (container.decorators = Utils.extend({}, env.decorators, options.decorators)), container.hooks = {}, container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers), _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        }
      }, ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams)
          throw new _exception2.default("must pass block params");
        if (templateSpec.useDepths && !depths)
          throw new _exception2.default("must pass parent depths");
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      }, ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1], currentDepths = depths;
        return depths && context != depths[0] && !(context === container.nullContext && depths[0] === null) && (currentDepths = [context].concat(depths)), fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      return prog = executeDecorators(fn, prog, container, depths, data, blockParams), prog.program = i, prog.depth = depths ? depths.length : 0, prog.blockParams = declaredBlockParams || 0, prog;
    }
    function resolvePartial(partial, context, options) {
      return partial ? typeof partial != "function" && !options.name && (options.name = partial, partial = lookupOwnProperty(options.partials, partial)) : options.name === "@partial-block" ? partial = lookupOwnProperty(options.data, "partial-block") : partial = lookupOwnProperty(options.partials, options.name), partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = !0, options.ids && (options.data.contextPath = options.ids[0] || options.data.contextPath);
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop && (function() {
        options.data = _base.createFrame(options.data);
        var fn = options.fn;
        partialBlock = options.data["partial-block"] = function(context2) {
          var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
          return options2.data = _base.createFrame(options2.data), options2.data["partial-block"] = currentPartialBlock, fn(context2, options2);
        }, fn.partials && (options.partials = Utils.extend({}, options.partials, fn.partials));
      })(), partial === void 0 && partialBlock && (partial = partialBlock), partial === void 0)
        throw new _exception2.default("The partial " + options.name + " could not be found");
      if (partial instanceof Function)
        return partial(context, options);
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name))
        return obj[name];
    }
    function initData(context, data) {
      return (!data || !("root" in data)) && (data = data ? _base.createFrame(data) : {}, data.root = context), data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths), Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      helpers && Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        return options.lookupProperty = lookupProperty, options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    exports.default = function(Handlebars) {
      (function() {
        typeof globalThis != "object" && (Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        }), __magic__.globalThis = __magic__, delete Object.prototype.__magic__);
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        return globalThis.Handlebars === Handlebars && (globalThis.Handlebars = $Handlebars), Handlebars;
      };
    };
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = !0;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule)
        return obj;
      var newObj = {};
      if (obj != null)
        for (var key in obj)
          Object.prototype.hasOwnProperty.call(obj, key) && (newObj[key] = obj[key]);
      return newObj.default = obj, newObj;
    }
    var _handlebarsBase = require_base(), base = _interopRequireWildcard(_handlebarsBase), _handlebarsSafeString = require_safe_string(), _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString), _handlebarsException = require_exception(), _handlebarsException2 = _interopRequireDefault(_handlebarsException), _handlebarsUtils = require_utils(), Utils = _interopRequireWildcard(_handlebarsUtils), _handlebarsRuntime = require_runtime(), runtime = _interopRequireWildcard(_handlebarsRuntime), _handlebarsNoConflict = require_no_conflict(), _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      return Utils.extend(hb, base), hb.SafeString = _handlebarsSafeString2.default, hb.Exception = _handlebarsException2.default, hb.Utils = Utils, hb.escapeExpression = Utils.escapeExpression, hb.VM = runtime, hb.template = function(spec) {
        return runtime.template(spec, hb);
      }, hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2.default(inst);
    inst.default = inst;
    exports.default = inst;
    module.exports = exports.default;
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime().default;
  }
});

export {
  require_runtime2 as require_runtime
};
