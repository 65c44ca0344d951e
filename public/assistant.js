// What the stock Chainlit page lacks for this assistant. Loaded by .chainlit/config.toml (custom_js), before the app.
(function () {
  "use strict";

  // 1. Follow the system's light or dark mode until the person picks one (Chainlit defaults to dark).
  try {
    if (!localStorage.getItem("vite-ui-theme")) localStorage.setItem("vite-ui-theme", "system");
  } catch (error) { /* storage refused: Chainlit's default applies */ }

  // 2. A cited source opens in a panel beside the chat when, and only when, the person clicks it; it shows that
  //    source. Without this script the same link opens the source's page in a new tab.
  var SOURCE = /\/etude\/(source\/[^?#]+\?lignes=\d+-\d+|tableau\?metiers=[a-z0-9,-]*)$/;
  var panel = null;
  var opener = null;

  function sourceUrl(link) {
    var url = new URL(link.getAttribute("href"), location.href);
    if (url.origin !== location.origin || !SOURCE.test(url.pathname + url.search)) return null;
    return url.pathname + url.search;
  }

  function build() {
    panel = document.createElement("aside");
    panel.id = "source-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", "source-panel-title");
    panel.innerHTML =
      '<header><h2 id="source-panel-title"></h2>' +
      '<a id="source-panel-tab" target="_blank" rel="noopener">Ouvrir dans un onglet</a>' +
      '<button type="button" id="source-panel-close" aria-label="Fermer la source" title="Fermer">×</button>' +
      "</header><div id=\"source-panel-content\" tabindex=\"-1\"></div>";
    document.body.appendChild(panel);
    panel.querySelector("#source-panel-close").addEventListener("click", close);
  }

  function close() {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    if (opener && document.contains(opener)) opener.focus();
  }

  function open(link, url) {
    if (!panel) build();
    opener = link;
    var number = (link.textContent.match(/\d+/) || [""])[0];
    panel.querySelector("#source-panel-title").textContent = number ? "Source " + number : "Source";
    panel.querySelector("#source-panel-tab").setAttribute("href", url);
    var content = panel.querySelector("#source-panel-content");
    content.textContent = "Chargement…";
    panel.hidden = false;
    panel.dataset.url = url;
    fetch(url, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        if (panel.dataset.url !== url) return; // another source was clicked meanwhile
        var page = new DOMParser().parseFromString(html, "text/html");
        var main = page.querySelector("main");
        content.replaceChildren.apply(content, main ? Array.from(main.childNodes) : []);
        content.scrollTop = 0;
        content.focus();
      })
      .catch(function () {
        if (panel.dataset.url === url) content.textContent = "Source indisponible : rechargez la page et réessayez.";
      });
  }

  document.addEventListener(
    "click",
    function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link || (panel && panel.contains(link))) return;
      var url = sourceUrl(link);
      if (!url) return;
      event.preventDefault();
      event.stopPropagation();
      open(link, url);
    },
    true
  );
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") close();
  });

  // 3. A message sent before the chat session is ready is sent once it is: Chainlit shows its input before its
  //    socket session exists and drops an Enter pressed then. The settings button appears once the session has
  //    started (on_chat_start or on_chat_resume sends the settings); after 15 s the message goes anyway.
  var waiting = false;

  function ready() {
    return Boolean(document.getElementById("chat-settings-open-modal"));
  }

  function typeInto(input, text) {
    // the input is React's: set its value the way a person's typing does, so React sees it
    var prototype = input.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, "value").set.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }

  var PENDING = "assistant-message-en-attente"; // kept across the login route's page loads

  function keep(text) {
    try {
      if (text) sessionStorage.setItem(PENDING, JSON.stringify({ text: text, at: Date.now() }));
      else sessionStorage.removeItem(PENDING);
    } catch (error) { /* storage refused: the message waits in this page only */ }
  }

  function sendWhenReady(text) {
    // Until the message shows in the chat (or 20 s: a first visit may go through the login route first): once
    // the session is ready, put the text back if the page redrew its input meanwhile, and press the send button
    // as soon as it is enabled.
    waiting = true;
    var shown = document.querySelectorAll(".step").length;
    var started = Date.now();
    var clicked = 0; // when the send button was last pressed
    var timer = setInterval(function () {
      var sent = document.querySelectorAll(".step").length > shown;
      if (sent || Date.now() - started > 20000) {
        clearInterval(timer);
        waiting = false;
        keep(null);
        return;
      }
      if (!ready() && Date.now() - started < 15000) return;
      var input = document.getElementById("chat-input");
      var submit = document.getElementById("chat-submit");
      // a sent message shows at once; one that has not shown 1.5 s after the press was dropped: send it again
      if (clicked && Date.now() - clicked < 1500) return;
      if (input && !input.value && text) typeInto(input, text);
      if (submit && !submit.disabled && input && input.value) {
        submit.click();
        clicked = Date.now();
      }
    }, 100);
  }

  document.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
      if (!event.target || event.target.id !== "chat-input" || (ready() && !waiting)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!waiting) {
        keep(event.target.value);
        sendWhenReady(event.target.value);
      }
    },
    true
  );

  // 4. A question in the address (?question=…, the explorer's "Poser une question sur ce métier") is asked once the
  //    session is ready, then taken out of the address so a reload does not ask it again. Only when the link was
  //    followed from this app's own pages (the referrer, sent same-origin only): another site cannot make the
  //    chat ask something in the person's name.
  var asked = null;
  try {
    var params = new URLSearchParams(location.search);
    asked = (params.get("question") || "").trim().slice(0, 500) || null;
    if (asked) {
      params.delete("question");
      var rest = params.toString();
      history.replaceState(history.state, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
      var fromHere = document.referrer && new URL(document.referrer).origin === location.origin;
      if (fromHere) keep(asked);
    }
  } catch (error) { /* an old browser: the chat opens without the question */ }

  // a message held when the page went through the login route: send it now, if it is recent
  try {
    var held = JSON.parse(sessionStorage.getItem(PENDING) || "null");
    if (held && Date.now() - held.at < 20000) sendWhenReady(held.text);
    else keep(null);
  } catch (error) { /* nothing held */ }
})();
