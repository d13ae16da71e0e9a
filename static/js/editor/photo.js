// ArticlePhoto: a photo from the photo library inside the article body.
//
// Stored as the photo library's markup (articles/photos/body.py):
//   <figure data-photo="ID"><img src="SRC" alt="ALT">
//   <figcaption>Keterangan. (Foto: Kredit)</figcaption></figure>
// The node is an atom: editors insert, move and delete a photo; its words
// come from the library. A figure without data-photo (one image and a plain
// caption, as older bodies have) is kept the same way.
//
// The toolbar's "Foto" button opens the photo picker (photo-picker.js): the
// library's photos as a grid with a search box, and an upload of a new one;
// the photo chosen or uploaded is inserted at the cursor. An image dropped
// on the body or pasted into it opens the picker's upload with that file:
// a body keeps only library photos, each with its alternative text.

import { imageFile, openPhotoPicker } from "./photo-picker.js"

// The one caption style, "Keterangan. (Foto: Kredit)", as the server writes
// it (articles/photos/markup.py); the reader's page renders it again from
// the library, so a corrected caption is corrected everywhere.
function captionOf(photo) {
  return photo.figcaption ?? ""
}

// The one image and plain caption the node keeps, or null.
function simpleFigure(figure) {
  const children = [...figure.children]
  const [image, caption, ...rest] = children
  if (!image || image.tagName !== "IMG" || !image.getAttribute("src"))
    return null
  if (rest.length) return null
  if (caption && (caption.tagName !== "FIGCAPTION" || caption.children.length))
    return null
  return { image, caption }
}

function openPicker(editor, options, file = null) {
  openPhotoPicker({
    pickerUrl: options.pickerUrl,
    uploadUrl: options.uploadUrl,
    texts: options.texts,
    file,
    onChoose(photo) {
      editor
        .chain()
        .focus()
        .insertArticlePhoto({
          photo: String(photo.id),
          src: photo.src,
          alt: photo.alt || "",
          caption: captionOf(photo),
        })
        .run()
    },
  })
}

export function extensions({ Node, Plugin, pm }) {
  const { NodeSelection, TextSelection } = pm.state

  const ArticlePhoto = Node.create({
    name: "articlePhoto",
    group: "block",
    atom: true,
    draggable: true,
    selectable: true,

    addOptions() {
      return { pickerUrl: null, uploadUrl: null, texts: {} }
    },

    addProseMirrorPlugins() {
      const options = this.options
      const editor = this.editor
      const upload = (event, transfer) => {
        const file = imageFile(transfer)
        if (!file || !options.pickerUrl || !options.uploadUrl) return false
        event.preventDefault()
        openPicker(editor, options, file)
        return true
      }
      return [
        new Plugin({
          props: {
            handlePaste: (view, event) => upload(event, event.clipboardData),
            handleDrop: (view, event) => upload(event, event.dataTransfer),
          },
        }),
      ]
    },

    addAttributes() {
      const fromImage = (name) => ({
        default: null,
        parseHTML: (figure) =>
          figure.querySelector(":scope > img")?.getAttribute(name) ?? null,
        renderHTML: () => ({}),
      })
      return {
        photo: {
          default: null,
          parseHTML: (figure) => figure.getAttribute("data-photo"),
          renderHTML: () => ({}),
        },
        src: fromImage("src"),
        alt: fromImage("alt"),
        width: fromImage("width"),
        height: fromImage("height"),
        loading: fromImage("loading"),
        caption: {
          default: "",
          parseHTML: (figure) =>
            figure.querySelector(":scope > figcaption")?.textContent ?? "",
          renderHTML: () => ({}),
        },
      }
    },

    parseHTML() {
      return [
        {
          tag: "figure",
          priority: 60,
          getAttrs: (figure) => (simpleFigure(figure) ? {} : false),
        },
      ]
    },

    renderHTML({ node }) {
      const { photo, src, alt, width, height, loading, caption } = node.attrs
      const image = { src }
      if (alt !== null) image.alt = alt
      for (const [name, value] of Object.entries({ width, height, loading })) {
        if (value !== null) image[name] = value
      }
      const figure = photo ? { "data-photo": photo } : {}
      return caption
        ? ["figure", figure, ["img", image], ["figcaption", {}, caption]]
        : ["figure", figure, ["img", image]]
    },

    addCommands() {
      return {
        // Inserts the photo and leaves the cursor after it, in the next
        // paragraph (a new one at the end of the body), so that typing on
        // does not replace the photo.
        insertArticlePhoto:
          (attrs) =>
          ({ chain }) =>
            chain()
              .insertContent({ type: this.name, attrs })
              .command(({ tr, dispatch }) => {
                if (!dispatch) return true
                const { $to } = tr.selection
                const next = $to.nodeAfter
                if (next?.isTextblock) {
                  tr.setSelection(TextSelection.create(tr.doc, $to.pos + 1))
                } else if (next) {
                  tr.setSelection(NodeSelection.create(tr.doc, $to.pos))
                } else {
                  const end = $to.end()
                  tr.insert(end, $to.parent.type.contentMatch.defaultType.create())
                  tr.setSelection(TextSelection.create(tr.doc, end + 1))
                }
                tr.scrollIntoView()
                return true
              })
              .run(),
      }
    },

    addMenuItems({ menu, buttons }) {
      const { pickerUrl, texts } = this.options
      const button = buttons.text(texts.button, texts.buttonTitle)
      button.classList.add("article-photo-button")
      menu.defineItem({
        name: "articlePhoto",
        groups: "photo",
        button,
        command: (editor) => openPicker(editor, this.options),
        enabled: () => Boolean(pickerUrl),
        hidden: () => !pickerUrl,
      })
    },
  })
  return { ArticlePhoto }
}
