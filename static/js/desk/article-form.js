// The article form's desk (articles/desk/editing_admin.py): nothing typed is
// lost, nothing is misdated.
//
// - Autosave: while the form differs from what was last kept, it is posted
//   to the server every `autosaveSeconds` (kept as a revision marked
//   "Simpanan otomatis", never published), and once more when the tab is
//   hidden or closed.
// - A warning before leaving the page with changes not saved.
// - The soft lock: a heartbeat says the editor is still here, and answers
//   who else has the article open and whether a colleague saved since.
// - What saving will do ("Terbit sekarang", "Terjadwal ...", "Tanggal terbit
//   diatur manual"), kept current as the status and time change, and the
//   publish button named after it.
//
// The page works without this script: the server asks before overwriting a
// newer save or moving a live article, and shows the plan as it was opened.

const config = JSON.parse(document.getElementById("desk-config").dataset.config)
const form = document.getElementById("article_form")
const texts = config.texts
const statusLine = document.getElementById("desk-status")
const conflictBox = document.getElementById("desk-conflict")
const othersBox = document.getElementById("desk-others")

function say(template, values) {
  return template.replace(/%\((\w+)\)s/g, (_, name) => values[name] ?? "")
}

// -- What the form holds -------------------------------------------------------

function fields() {
  const data = new FormData(form)
  data.delete("csrfmiddlewaretoken")
  return JSON.stringify(
    [...data.entries()].filter(([, value]) => typeof value === "string"),
  )
}

let baseline = config.restored ? null : fields()
let submitting = false

function changedSinceOpened() {
  return fields() !== baseline
}

form.addEventListener("submit", (event) => {
  // "Pratinjau" opens a new tab: this page stays, with its changes.
  if (event.submitter?.formTarget === "_blank") return
  submitting = true
})

window.addEventListener("beforeunload", (event) => {
  if (submitting || !changedSinceOpened()) return
  event.preventDefault()
  event.returnValue = ""
})

// -- Autosave --------------------------------------------------------------------

let lastKept = baseline
let changedAt = null
let inFlight = false

function showConflict(conflict) {
  if (!conflict || !conflictBox) return
  const text = document.createElement("p")
  text.textContent = say(texts.conflict, conflict)
  const children = [text]
  if (config.urls.history) {
    const link = document.createElement("a")
    link.href = config.urls.history
    link.textContent = texts.history
    children.push(link)
  }
  conflictBox.replaceChildren(...children)
  conflictBox.hidden = false
}

async function autosave(snapshot) {
  inFlight = true
  statusLine.textContent = texts.saving
  try {
    const response = await fetch(config.urls.autosave, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
    if (!response.ok) throw new Error(String(response.status))
    const answer = await response.json()
    lastKept = snapshot
    changedAt = null
    statusLine.textContent = answer.message
    statusLine.dataset.savedAt = answer.saved_at
    showConflict(answer.conflict)
  } catch {
    statusLine.textContent = texts.failed
  } finally {
    inFlight = false
  }
}

function tick() {
  if (submitting || inFlight) return
  const snapshot = fields()
  if (snapshot === lastKept) {
    changedAt = null
    return
  }
  changedAt ??= Date.now()
  if (Date.now() - changedAt >= config.autosaveSeconds * 1000) autosave(snapshot)
}

setInterval(tick, 1000 * Math.min(5, Math.max(1, config.autosaveSeconds)))

// A tab hidden may never come back (closed, crashed): keep what it holds.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "hidden" || submitting) return
  if (fields() !== lastKept) navigator.sendBeacon(config.urls.autosave, new FormData(form))
})

// -- The soft lock ------------------------------------------------------------------

function token() {
  return form.querySelector("[name=csrfmiddlewaretoken]").value
}

function heartbeatBody(extra = {}) {
  const body = new FormData()
  body.append("csrfmiddlewaretoken", token())
  body.append("base_version", form.querySelector("[name=base_version]")?.value || "")
  for (const [name, value] of Object.entries(extra)) body.append(name, value)
  return body
}

async function beat() {
  try {
    const response = await fetch(config.urls.heartbeat, {
      method: "POST",
      body: heartbeatBody(),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
    if (!response.ok) return
    const answer = await response.json()
    if (othersBox) {
      othersBox.hidden = !answer.others
      othersBox.querySelector("p").textContent = answer.others
        ? `${say(texts.others, { names: answer.others })} ${texts.othersHint}`
        : ""
    }
    showConflict(answer.newer)
  } catch {
    // The next beat tries again; the lock lapses by itself meanwhile.
  }
}

if (config.urls.heartbeat) {
  setInterval(beat, config.heartbeatSeconds * 1000)
  window.addEventListener("pagehide", () => {
    navigator.sendBeacon(config.urls.heartbeat, heartbeatBody({ lepas: "1" }))
  })
}

// -- What saving will do ----------------------------------------------------------

const planOutput = document.getElementById("rencana-terbit")
const statusSelect = document.getElementById("id_status")
const dateBox = document.getElementById("id_published_at_0")
const timeBox = document.getElementById("id_published_at_1")
const publishButton = document.getElementById("desk-publish")

// The admin shows times in WIB (UTC+7, no daylight saving).
function chosenTime() {
  const date = (dateBox?.value || "").trim()
  const time = (timeBox?.value || "").trim()
  if (!date && !time) return null
  let parts = date.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
  let [year, month, day] = parts ? [parts[1], parts[2], parts[3]] : []
  if (!parts) {
    parts = date.match(/^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/)
    if (!parts) return undefined
    ;[day, month, year] = [parts[1], parts[2], parts[3]]
  }
  const clock = time.match(/^(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/)
  if (!clock) return undefined
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}T${clock[1].padStart(2, "0")}:${clock[2]}:${clock[3] || "00"}+07:00`
  const moment = new Date(iso)
  return Number.isNaN(moment.getTime()) ? undefined : moment
}

function wib(moment) {
  const part = (options) =>
    new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", ...options }).format(moment)
  const clock = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Jakarta",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(moment)
  return `${part({ weekday: "long" })}, ${part({ day: "numeric" })} ${part({ month: "long" })} ${part({ year: "numeric" })} ${clock} WIB`
}

function plan() {
  const chosen = chosenTime()
  if (chosen === undefined) return null // half typed: say nothing new yet
  const live = planOutput.dataset.live === "1"
  const stored = planOutput.dataset.stored ? new Date(planOutput.dataset.stored) : null
  const sameAsStored =
    chosen && stored && Math.floor(chosen / 1000) === Math.floor(stored / 1000)
  if (statusSelect.value !== "published") {
    return {
      text: chosen ? say(texts.planDraftSet, { time: wib(chosen) }) : texts.planDraft,
      publishes: chosen && chosen > Date.now() ? "schedule" : "publish",
    }
  }
  if (live && (!chosen || sameAsStored)) {
    return { text: say(texts.planLive, { time: wib(stored) }), publishes: "publish" }
  }
  if (!chosen) return { text: texts.planNow, publishes: "publish" }
  if (chosen > Date.now()) {
    return { text: say(texts.planScheduled, { time: wib(chosen) }), publishes: "schedule" }
  }
  return { text: say(texts.planManual, { time: wib(chosen) }), publishes: "publish" }
}

function showPlan() {
  const current = plan()
  if (!current) return
  planOutput.textContent = current.text
  if (publishButton) {
    publishButton.textContent = current.publishes === "schedule" ? texts.schedule : texts.publish
  }
}

if (planOutput && statusSelect) {
  for (const element of [statusSelect, dateBox, timeBox]) {
    element?.addEventListener("input", showPlan)
    element?.addEventListener("change", showPlan)
  }
  // The admin's calendar and clock shortcuts set the boxes without events.
  form.addEventListener("click", () => setTimeout(showPlan, 0))
  showPlan()
}
