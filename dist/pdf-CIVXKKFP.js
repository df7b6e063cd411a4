import{UserError}from"./chunk-MOW6GZUK.js";import{accessSync,constants,statSync}from"node:fs";import{delimiter,isAbsolute,join}from"node:path";var NAMES=["chromium","chromium-browser","google-chrome","google-chrome-stable","chrome","microsoft-edge"],PLACES=["/usr/bin/chromium","/usr/bin/chromium-browser","/usr/bin/google-chrome","/usr/bin/google-chrome-stable","/snap/bin/chromium","/Applications/Chromium.app/Contents/MacOS/Chromium","/Applications/Google Chrome.app/Contents/MacOS/Google Chrome","C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe","C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"];function isProgram(path){try{return statSync(path).isFile()?(accessSync(path,constants.X_OK),!0):!1}catch{return!1}}function usualBrowserPaths(path=process.env.PATH??""){let dirs=path.split(delimiter).filter(d=>isAbsolute(d));return[...NAMES.flatMap(name=>dirs.map(dir=>join(dir,name))),...PLACES]}function findBrowser(given,env,lang,candidates=usualBrowserPaths(env.PATH)){for(let[path,via]of[[given,"--browser"],[env.AIPM_BROWSER||void 0,"AIPM_BROWSER"]])if(path!==void 0){if(!isProgram(path))throw new UserError("error.browserNotProgram",{path,via},lang);return path}let found=candidates.find(isProgram);if(!found)throw new UserError("error.noBrowser",{},lang);return found}var SWITCHES=["--no-sandbox","--disable-gpu","--no-first-run","--no-default-browser-check","--disable-background-networking","--disable-component-update","--disable-sync","--disable-default-apps","--disable-extensions","--disable-domain-reliability","--disable-client-side-phishing-detection","--disable-breakpad","--no-pings","--metrics-recording-only"],firstLine=e=>(e instanceof Error?e.message:String(e)).split(`
`).find(l=>l.trim()!=="")?.trim()??String(e);async function printPdf(html,title,browser,lang){let{chromium}=await import("playwright-core"),instance;try{instance=await chromium.launch({executablePath:browser,headless:!0,args:SWITCHES,timeout:6e4})}catch(e){throw new UserError("error.browserFailed",{path:browser,reason:firstLine(e)},lang)}try{let context=await instance.newContext({javaScriptEnabled:!1,offline:!0,serviceWorkers:"block"});await context.route("**/*",route=>route.abort());let page=await context.newPage();await page.setContent(html,{waitUntil:"load"});let pdf=await page.pdf({format:"A4",printBackground:!0,preferCSSPageSize:!0});return stampPdf(pdf,title)}catch(e){throw new UserError("error.browserFailed",{path:browser,reason:firstLine(e)},lang)}finally{await instance.close().catch(()=>{})}}var MARK="/Creator (aipm)";function isAipmPdf(content){return content.slice(-4096).includes(MARK)}function pdfText(text){return`<FEFF${Buffer.from(text,"utf16le").swap16().toString("hex").toUpperCase()}>`}function stampPdf(pdf,title){let text=Buffer.from(pdf).toString("latin1"),start=/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text),trailer=text.lastIndexOf("trailer");if(!start||trailer<0)return pdf;let dict=text.slice(trailer,start.index),size=/\/Size (\d+)/.exec(dict),root=/\/Root (\d+ \d+ R)/.exec(dict);if(!size||!root)return pdf;let id=Number(size[1]),producer=/\/Producer (\((?:\\.|[^\\)])*\))/.exec(text.slice(0,trailer)),head=text.endsWith(`
`)?"":`
`,object=`${id} 0 obj
<</Title ${pdfText(title)}
${MARK}${producer?`
/Producer ${producer[1]}`:""}>>
endobj
`,offset=pdf.length+head.length,xref=offset+Buffer.byteLength(object,"latin1"),update=`${head}${object}xref
${id} 1
${String(offset).padStart(10,"0")} 00000 n 
trailer
<</Size ${id+1}
/Root ${root[1]}
/Info ${id} 0 R
/Prev ${start[1]}>>
startxref
${xref}
%%EOF
`;return Buffer.concat([Buffer.from(pdf),Buffer.from(update,"latin1")])}export{findBrowser,isAipmPdf,printPdf,stampPdf,usualBrowserPaths};
