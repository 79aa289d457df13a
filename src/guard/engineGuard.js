/* Engine guard, inlined by webpack.config.js into taskpane.html and commands.html before the
 * bundles. It is ES5 on purpose (tests/addin/engines.test.ts parses it as ES5): Office 2019
 * volume-licensed and Office 2019 on Windows before 10 (1903) show add-ins in Internet Explorer 11,
 * where the ES2017 bundles do not even parse. Instead of a blank pane or a ribbon button that does
 * nothing, the pane shows what the office needs, and each ribbon button opens a small dialog
 * (commands.html?gangze-unsupported=1, this same script) saying it.
 * It stays silent in every engine that parses ES2017 (EdgeHTML 18, WebView2, Chromium, Safari). */
/* eslint-disable no-undef, @typescript-eslint/no-unused-vars -- ES5 for IE 11: browser globals, and catch (e) needs its binding there */
(function () {
  "use strict";
  var old = !!document.documentMode;
  if (!old) {
    try {
      // async arrow functions and trailing commas are ES2017: an engine without them is too old
      new Function("var f = async (a, b,) => a; return f;");
    } catch (e) {
      old = true;
    }
  }
  window.__gangzeEngineTooOld = old;
  if (!old) return;

  function language() {
    var office = window.Office;
    var tag = "";
    try {
      tag = (office && office.context && office.context.displayLanguage) || "";
    } catch (e) {
      tag = "";
    }
    if (!tag) tag = navigator.language || navigator.userLanguage || "zh-CN";
    return String(tag).toLowerCase().indexOf("zh") === 0 ? "zh" : "en";
  }

  // gangze.html opened from disk has no office.js: the advice is about the browser, not Office
  // (360 and QQ browser open pages in their IE-based "兼容模式" unless switched to "极速模式").
  var inOffice = !!window.Office;
  var BROWSER_TEXT = {
    zh: {
      title: "岗责单机版无法在此浏览器中运行",
      body:
        "此浏览器使用 Internet Explorer 内核，无法运行岗责。请用 Microsoft Edge、Chrome 打开此文件；" +
        "使用 360 安全浏览器或 QQ 浏览器时，请点击地址栏右侧的闪电图标切换到“极速模式”。",
      close: "关闭",
    },
    en: {
      title: "Gangze cannot run in this browser",
      body:
        "This browser uses the Internet Explorer engine. Open this file in Microsoft Edge or Chrome; " +
        "in 360 or QQ browser switch to the fast (Chromium) mode.",
      close: "Close",
    },
  };

  var TEXT = {
    zh: {
      title: "岗责无法在此版本的 Office 中运行",
      body:
        "此 Office 使用 Internet Explorer 11 显示加载项，岗责需要更新的浏览器内核。请改用以下任一方式：" +
        "Microsoft 365 或 Office 2021 及更高版本；Office 2019 零售版请安装 Microsoft Edge WebView2 运行时" +
        "（Windows 10 1903 或更高版本）；或者不用 Excel 加载项，直接用浏览器打开岗责单机版文件 gangze.html。" +
        "如需帮助，请联系本单位负责信息化的同事。",
      close: "关闭",
    },
    en: {
      title: "Gangze cannot run in this version of Office",
      body:
        "This Office shows add-ins in Internet Explorer 11, which is too old for Gangze. Use Microsoft 365 " +
        "or Office 2021 or later; on Office 2019 retail install the Microsoft Edge WebView2 Runtime " +
        "(Windows 10 1903 or later); or open the stand-alone file gangze.html in a browser.",
      close: "Close",
    },
  };

  function showMessage(container, withClose) {
    var t = (inOffice ? TEXT : BROWSER_TEXT)[language()];
    var html =
      '<div role=\'alert\' style=\'font:14px/1.6 "Microsoft YaHei","SimSun",sans-serif;' +
      "color:#242424;padding:16px;border-left:4px solid #c50f1f;background:#fdf3f4;margin:12px'>" +
      "<h1 style='font-size:16px;margin:0 0 8px'>" +
      t.title +
      "</h1><p style='margin:0'>" +
      t.body +
      "</p></div>";
    if (withClose) {
      html +=
        "<p style='margin:12px'><button id='gangze-close' style='padding:4px 20px'>" +
        t.close +
        "</button></p>";
    }
    container.innerHTML = html;
    var button = document.getElementById("gangze-close");
    if (button) {
      button.onclick = function () {
        try {
          window.Office.context.ui.messageParent("close");
        } catch (e) {
          window.close();
        }
      };
    }
  }

  function whenBodyReady(fn) {
    if (document.body) fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  var isCommands = /commands\.html/i.test(location.pathname);
  var isDialog = location.search.indexOf("gangze-unsupported=1") >= 0;

  if (!isCommands || isDialog) {
    whenBodyReady(function () {
      var container = document.getElementById("container") || document.body;
      showMessage(container, isDialog);
    });
    if (window.Office) window.Office.initialize = function () {};
    return;
  }

  // commands.html inside IE: each ribbon function opens the message as a dialog, then completes.
  function refuse(event) {
    var office = window.Office;
    var done = function () {
      try {
        if (event && event.completed) event.completed();
      } catch (e) {
        /* the button is released either way */
      }
    };
    try {
      var url = location.href.split("?")[0].split("#")[0] + "?gangze-unsupported=1";
      office.context.ui.displayDialogAsync(
        url,
        { height: 40, width: 40, displayInIframe: true },
        function (result) {
          if (result && result.value && result.value.addEventHandler) {
            var dialog = result.value;
            var close = function () {
              try {
                dialog.close();
              } catch (e) {
                /* already closed */
              }
              done();
            };
            dialog.addEventHandler(office.EventType.DialogMessageReceived, close);
            dialog.addEventHandler(office.EventType.DialogEventReceived, close);
          } else {
            done();
          }
        }
      );
    } catch (e) {
      done();
    }
  }
  var names = ["runCheck", "runScore"];
  for (var i = 0; i < names.length; i++) window[names[i]] = refuse;
  if (window.Office) {
    window.Office.initialize = function () {
      var actions = window.Office.actions;
      if (actions && actions.associate) {
        for (var j = 0; j < names.length; j++) actions.associate(names[j], refuse);
      }
    };
  }
})();
