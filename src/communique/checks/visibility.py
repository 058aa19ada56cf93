"""What a reader actually sees of a rendered PDF or DOCX, beside what its text layer holds.

A text can be in the file and still invisible: drawn in the colour of what lies under it,
at a size of a fraction of a point, off the page, fully transparent or in the invisible
text mode (PDF); a run with `w:vanish` (on itself or its style), white on white or with a
zero size (DOCX). Copy-paste and text extraction find it; a journalist reading the page
does not. These readers split the text into what is seen and what is hidden, so the read
back can tell a field hidden by a template or a style (O006) from one that is missing.

A quick scan of the PDF's content streams (`pdf_may_hide_text`) proves, in a few tens
of milliseconds, that no text is hidden; only when it cannot, the painter reads the PDF
through pypdf's visitors on `extract_text` and says which lines are hidden and why.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from communique.checks.docx_xml import DocxXml, W, body_paragraphs, paragraph_runs, run_text

MIN_VISIBLE_SIZE = 2.0      # points: smaller text is a dot on paper, not words
MIN_CONTRAST = 1.25         # WCAG contrast ratio under which text melts into its ground
MIN_OPACITY = 0.1
WHITE = (1.0, 1.0, 1.0)


@dataclass
class Seen:
    """Lines of text split by whether a reader can see them (in content-stream order)."""

    visible: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # hidden line -> why

    def add(self, text: str, why: str) -> None:
        if not text.strip():
            return
        if why:
            self.hidden.append(text)
            self.reasons.setdefault(text, why)
        else:
            self.visible.append(text)


# --- PDF ---------------------------------------------------------------------------------

def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(min(max(c, 0.0), 1.0)) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rgb(operator: bytes, args: list) -> tuple[float, float, float] | None:
    try:
        values = [float(a) for a in args if not isinstance(a, str)]
    except (TypeError, ValueError):
        return None
    if operator == b"g" or len(values) == 1:
        return (values[0],) * 3 if values else None
    if operator == b"k" or len(values) == 4:
        c, m, y, k = values[:4]
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    if len(values) >= 3:
        return (values[0], values[1], values[2])
    return None


def _apply(matrix: list, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = (float(v) for v in matrix)
    return a * x + c * y + e, b * x + d * y + f


def _multiply(m: list, n: list) -> list[float]:
    a, b, c, d, e, f = (float(v) for v in m)
    a2, b2, c2, d2, e2, f2 = (float(v) for v in n)
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2]


@dataclass
class _State:
    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    opacity: float = 1.0
    group: float = 1.0          # the opacity a transparency group (form XObject) is drawn at
    invisible_mode: bool = False

    def copy(self) -> _State:
        return _State(self.fill, self.opacity, self.group, self.invisible_mode)


def _dict(value) -> dict:
    value = value.get_object() if value is not None and hasattr(value, "get_object") else value
    return value if hasattr(value, "get") else {}


class PdfPainter:
    """pypdf visitors for one page: follows the fill colour, opacity, text mode and the
    rectangles painted so far, and sorts each piece of text into seen or hidden.

    The page's box and resources come from pypdf (the painter) or pikepdf (the quick
    scan): both read dictionaries with `.get("/Name")`."""

    def __init__(self, box: tuple[float, float, float, float], resources, seen: Seen):
        self.seen = seen
        self.box = box  # left, bottom, right, top
        # Resources of the page, then of each form XObject being drawn (`Do`).
        self.resources = [_dict(resources)]
        self.state = _State()
        self.stack: list[_State] = []
        self.path: list[tuple[float, float, float, float]] = []
        self.grounds: list[tuple[tuple[float, float, float, float], tuple]] = []
        self.line: list[str] = []
        self.line_why = ""

    def before(self, operator: bytes, args: list, cm: list, tm: list) -> None:
        s = self.state
        if operator == b"q":
            self.stack.append(s.copy())
        elif operator == b"Q" and self.stack:
            self.state = self.stack.pop()
        elif operator == b"Do" and args:
            # A form is drawn whole at the opacity in force: WeasyPrint draws an element
            # with `opacity` as a group inside which the alpha starts at 1 again.
            form = _dict(_dict(self.resources[-1].get("/XObject")).get(args[0]))
            self.stack.append(s.copy())
            self.state = inner = s.copy()
            inner.group = s.opacity
            self.resources.append(_dict(form.get("/Resources")) or self.resources[-1])
        elif operator in (b"g", b"rg", b"k", b"sc", b"scn"):
            rgb = _rgb(operator, args)
            if rgb is not None:
                s.fill = rgb
        elif operator == b"gs" and args:
            ext = _dict(_dict(self.resources[-1].get("/ExtGState")).get(args[0]))
            if "/ca" in ext:
                s.opacity = s.group * float(ext["/ca"])
        elif operator == b"Tr" and args:
            s.invisible_mode = int(args[0]) in (3, 7)
        elif operator == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)
            (x0, y0), (x1, y1) = _apply(cm, x, y), _apply(cm, x + w, y + h)
            self.path.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        elif operator in (b"f", b"F", b"f*", b"B", b"B*"):
            # One rectangle filled is a background; two (even-odd) is a border's ring.
            if len(self.path) == 1 and s.opacity >= MIN_OPACITY:
                self.grounds.append((self.path[0], s.fill))
            self.path = []
        elif operator in (b"n", b"S", b"s", b"b", b"b*", b"W", b"W*"):
            if operator != b"W" and operator != b"W*":
                self.path = []
        elif operator == b"BT":
            self.flush()

    def after(self, operator: bytes, args: list, cm: list, tm: list) -> None:
        if operator == b"Do" and args and len(self.resources) > 1:
            self.flush()
            self.resources.pop()
            if self.stack:
                self.state = self.stack.pop()

    def text(self, text: str, cm: list, tm: list, font: object, size: float) -> None:
        if not text.strip():
            self.line.append(text)
            return
        why = self.hidden_because(cm, tm, size)
        if self.line and bool(why) != bool(self.line_why):
            self.flush()
        self.line.append(text)
        self.line_why = why

    def hidden_because(self, cm: list, tm: list, size: float) -> str:
        s = self.state
        if s.invisible_mode:
            return "drawn in the invisible text mode"
        if s.opacity < MIN_OPACITY:
            return "fully transparent"
        matrix = _multiply(tm, cm)
        scale = math.hypot(matrix[2], matrix[3]) or math.hypot(matrix[0], matrix[1])
        if float(size or 0) * scale < MIN_VISIBLE_SIZE:
            return f"written at {float(size or 0) * scale:.1f} pt"
        x, y = matrix[4], matrix[5]
        left, bottom, right, top = self.box
        if not (left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1):
            return "placed outside the page"
        ground = WHITE
        for (x0, y0, x1, y1), colour in reversed(self.grounds):
            if x0 <= x <= x1 and y0 <= y <= y1:
                ground = colour
                break
        if contrast(s.fill, ground) < MIN_CONTRAST:
            return "in the colour of its background"
        return ""

    def flush(self) -> None:
        if self.line:
            self.seen.add("".join(self.line), self.line_why)
        self.line, self.line_why = [], ""


def pdf_seen(data: bytes) -> Seen:
    """The PDF's text as painted, page by page, split by whether a reader can see it."""
    import io

    from pypdf import PdfReader

    seen = Seen()
    for page in PdfReader(io.BytesIO(data)).pages:
        box = page.mediabox
        painter = PdfPainter((float(box.left), float(box.bottom), float(box.right),
                              float(box.top)), page.get("/Resources"), seen)
        page.extract_text(visitor_operand_before=painter.before,
                          visitor_operand_after=painter.after, visitor_text=painter.text)
        painter.flush()
    return seen


# The painter above, run through pypdf, costs about 0.3 s a page: pypdf tokenises each
# content stream and decodes every glyph. Whether any text is hidden at all needs neither:
# the scan below follows the same state (colour, opacity, text mode, size, position, the
# grounds painted) with a regular expression over the streams and decides, for every text
# shown, as the painter would. When it finds none hidden, every line of the text layer is
# seen; when it finds one, or meets anything it does not follow (a form, an inline image,
# an operator it does not know), the painter reads the PDF. Like pypdf, it takes every text
# shown inside one BT … ET at the position that BT's last Tm or Td set.
_CONTENT_TOKEN = re.compile(rb"""
    (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?![^\s/\[\]()<>{}%])
  | (?P<name>/[^\s/\[\]()<>{}%]*)
  | (?P<hex><[0-9A-Fa-f\s]*>)
  | (?P<str>\((?:[^()\\]|\\.)*\))
  | (?P<array>\[(?:[^\[\]()]|\((?:[^()\\]|\\.)*\))*\])
  | (?P<dict><<(?:[^<>()]|<[0-9A-Fa-f\s]*>)*>>)
  | (?P<space>\s+|%[^\r\n]*)
  | (?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)
""", re.VERBOSE | re.DOTALL)
_GLYPHS = re.compile(rb"<[\s0-9A-Fa-f]*[0-9A-Fa-f][\s0-9A-Fa-f]*>|\((?:[^()\\]|\\.)+\)")
_SHOW = frozenset({b"Tj", b"TJ", b"'", b'"'})
_FOLLOWED = frozenset({b"q", b"Q", b"cm", b"gs", b"g", b"rg", b"k", b"sc", b"scn", b"Tr",
                       b"re", b"f", b"F", b"f*", b"B", b"B*", b"n", b"S", b"s", b"b", b"b*",
                       b"W", b"W*", b"BT", b"ET", b"Tm", b"Td", b"TD", b"T*", b"Tf", b"TL",
                       b"Do", b"G", b"RG", b"K", b"CS", b"cs", b"SC", b"SCN", b"w", b"J",
                       b"j", b"M", b"d", b"ri", b"i", b"m", b"l", b"c", b"v", b"y", b"h",
                       b"BMC", b"BDC", b"EMC", b"MP", b"DP", b"Tc", b"Tw", b"Tz", b"Ts",
                       b"sh"})


class Unfollowed(Exception):
    """The scan met something it does not follow: the painter must read the page."""


def _has_glyphs(operands: list) -> bool:
    return any(kind in ("hex", "str", "array") and _GLYPHS.search(value)
               for kind, value in operands)


def scan_stream(stream: bytes, painter: PdfPainter) -> bool:
    """Whether any text of one content stream may be hidden (the painter's rules)."""
    cm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    cms: list[list[float]] = []
    tm = line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    leading, size = 0.0, 0.0
    operands: list[tuple[str, bytes]] = []
    at = 0
    for token in _CONTENT_TOKEN.finditer(stream):
        if token.start() != at:
            raise Unfollowed("unreadable content")
        at = token.end()
        kind = token.lastgroup
        if kind == "space":
            continue
        if kind != "op":
            operands.append((kind, token.group()))
            continue
        op = token.group()
        if op not in _FOLLOWED and op not in _SHOW:
            raise Unfollowed(op.decode("latin-1"))
        nums = [float(v) for k, v in operands if k == "num"]
        names = [v[1:].decode("latin-1") for k, v in operands if k == "name"]
        if op == b"q":
            cms.append(cm)
        elif op == b"Q" and cms:
            cm = cms.pop()
        elif op == b"cm" and len(nums) == 6:
            cm = _multiply(nums, cm)
        elif op == b"Do":
            form = _dict(_dict(painter.resources[-1].get("/XObject")).get("/" + names[0])) \
                if names else {}
            if form.get("/Subtype") != "/Image":
                raise Unfollowed("a form")
        elif op == b"BT":
            tm = line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        elif op == b"Tm" and len(nums) == 6:
            tm = line = nums
        elif op in (b"Td", b"TD") and len(nums) == 2:
            if op == b"TD":
                leading = -nums[1]
            tm = line = _multiply([1.0, 0.0, 0.0, 1.0, nums[0], nums[1]], line)
        elif op == b"TL" and nums:
            leading = nums[0]
        elif op == b"Tf" and nums:
            size = nums[-1]
        elif op in (b"T*", b"'", b'"'):
            tm = line = _multiply([1.0, 0.0, 0.0, 1.0, 0.0, -leading], line)
        if op in _SHOW and _has_glyphs(operands):
            if painter.hidden_because(cm, tm, size):
                return True
        if op not in _SHOW and op not in (b"cm", b"Do", b"BT", b"Tm", b"Td", b"TD", b"TL",
                                          b"Tf", b"T*"):
            painter.before(op, [float(v) for v in nums] if op != b"gs" else
                           ["/" + n for n in names], cm, tm)
        operands = []
    if at != len(stream):
        raise Unfollowed("unreadable content")
    return False


def pdf_may_hide_text(pdf) -> bool:
    """Whether any text of the PDF may be hidden from a reader: False proves that every
    text the PDF shows is seen (pdf_seen would find nothing hidden).

    `pdf`: the file's bytes, or the file already opened with pikepdf (the read-back opens
    it once for this scan and for its fonts). pikepdf's C++ parser reads the objects in
    about a millisecond where pypdf took 10 ms or more.
    """
    if isinstance(pdf, (bytes, bytearray)):
        with open_pdf(pdf) as opened:
            return pdf_may_hide_text(opened)
    try:
        for page in pdf.pages:
            left, bottom, right, top = (float(v) for v in page.mediabox)
            painter = PdfPainter((min(left, right), min(bottom, top), max(left, right),
                                  max(bottom, top)), page.obj.get("/Resources"), Seen())
            if scan_stream(page_contents(page), painter):
                return True
    except Unfollowed:
        return True
    return False


def open_pdf(data: bytes):
    """The PDF opened with pikepdf (a context manager); raises on a file it cannot read."""
    import io

    import pikepdf

    return pikepdf.open(io.BytesIO(data))


def page_contents(page) -> bytes:
    """A pikepdf page's content streams, decoded and joined as one stream (PDF 7.8.2)."""
    import pikepdf

    contents = page.obj.get("/Contents")
    if contents is None:
        return b""
    if isinstance(contents, pikepdf.Array):
        return b"\n".join(part.read_bytes() for part in contents
                          if isinstance(part, pikepdf.Stream))
    return contents.read_bytes() if isinstance(contents, pikepdf.Stream) else b""


# --- DOCX --------------------------------------------------------------------------------
# Read from the package's XML (checks/docx_xml.py) as python-docx reads it: a run's own
# properties, then its character style and the styles that style is based on, then its
# paragraph's style and that style's bases; a missing or mistyped style id means the
# document's default style of that type. python-docx's own value converters read each
# value, so an odd value is read (or refused) as python-docx would.

def _on_off(props, tag: str) -> bool | None:
    """A toggle property (w:vanish): None when absent, else its value (on by default)."""
    from docx.oxml.simpletypes import ST_OnOff

    element = props.find(f"{W}{tag}") if props is not None else None
    if element is None:
        return None
    value = element.get(f"{W}val")
    return True if value is None else ST_OnOff.convert_from_xml(value)


def _size_pt(props) -> float | None:
    from docx.oxml.simpletypes import ST_HpsMeasure

    element = props.find(f"{W}sz") if props is not None else None
    if element is None or element.get(f"{W}val") is None:
        return None
    return ST_HpsMeasure.convert_from_xml(element.get(f"{W}val")).pt


AUTO = "auto"  # Word's automatic colour: dark on a light ground, light on a dark one


def _colour(props):
    """The run colour a w:rPr sets: an RGB triple, AUTO, or None (not set or unreadable)."""
    element = props.find(f"{W}color") if props is not None else None
    if element is None:
        return None
    value = element.get(f"{W}val")
    if value == AUTO:
        return AUTO
    if value is None or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return None
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))


def _first(values):
    return next((v for v in values if v is not None), None)


class _Style:
    """One w:style: its id, name (as Word shows it), type, properties and base."""

    def __init__(self, element):
        from docx.styles import BabelFish

        self.element = element
        name = element.find(f"{W}name")
        raw = name.get(f"{W}val") if name is not None else None
        self.name = BabelFish.internal2ui(raw) if raw is not None else None
        self.type = element.get(f"{W}type")
        based = element.find(f"{W}basedOn")
        self.based_on = based.get(f"{W}val") if based is not None else None
        self.rpr = element.find(f"{W}rPr")
        self.ppr = element.find(f"{W}pPr")
        self.hidden = _on_off(self.rpr, "vanish")
        self.size = _size_pt(self.rpr)
        self.colour = _colour(self.rpr)


class _StyleLooks:
    """What the styles under a run say about its visibility, worked out once per pair of
    run and paragraph style."""

    def __init__(self, styles_root):
        from docx.oxml.simpletypes import ST_OnOff

        # Elements are indexed, styles read only when a run needs them: a style source
        # made from Word's defaults holds some 180 styles, of which a release uses 20.
        self.elements: dict[str, object] = {}
        self.default_elements: dict[str, object] = {}
        for element in (styles_root.iterchildren(f"{W}style")
                        if styles_root is not None else ()):
            style_id = element.get(f"{W}styleId")
            if style_id is not None:
                self.elements.setdefault(style_id, element)
            default = element.get(f"{W}default")
            kind = element.get(f"{W}type")
            if default is not None and ST_OnOff.convert_from_xml(default) and kind:
                self.default_elements[kind] = element  # the last one counts, as in Word
        self.styles: dict[int, _Style] = {}
        self.chains: dict[tuple, list[_Style]] = {}
        self.looks: dict[tuple, tuple] = {}

    def style(self, element) -> _Style | None:
        if element is None:
            return None
        if id(element) not in self.styles:
            self.styles[id(element)] = _Style(element)
        return self.styles[id(element)]

    def chain(self, style_id: str | None, paragraph: bool) -> list[_Style]:
        key = (style_id, paragraph)
        if key not in self.chains:
            kind = "paragraph" if paragraph else "character"
            style = self.style(self.elements.get(style_id)) if style_id else None
            if style is None or style.type != kind:
                style = self.style(self.default_elements.get(kind))
            chain: list[_Style] = []
            while style is not None and style not in chain:  # a loop of bases ends
                chain.append(style)
                style = self.style(self.elements.get(style.based_on)) \
                    if style.based_on else None
            self.chains[key] = chain
        return self.chains[key]

    def of(self, run_style_id: str | None, paragraph_style_id: str | None) -> tuple:
        """(run styles, paragraph styles, the style that hides, hidden, size, colour) of
        the styles alone; None where they say nothing."""
        key = (run_style_id, paragraph_style_id)
        if key not in self.looks:
            run_styles = self.chain(run_style_id, False)
            paragraph_styles = self.chain(paragraph_style_id, True)
            styles = run_styles + paragraph_styles
            self.looks[key] = (run_styles, paragraph_styles,
                               next((s for s in styles if s.hidden), None),
                               _first(s.hidden for s in styles),
                               _first(s.size for s in styles),
                               _first(s.colour for s in styles))
        return self.looks[key]


def _style_id(props, tag: str) -> str | None:
    element = props.find(f"{W}{tag}") if props is not None else None
    return element.get(f"{W}val") if element is not None else None


def _run_hidden_because(run, paragraph, looks: _StyleLooks) -> str:
    """Why a reader of the DOCX does not see this run ('' when they do)."""
    rpr = run.find(f"{W}rPr")
    ppr = paragraph.find(f"{W}pPr")
    run_styles, paragraph_styles, hidden_by, styles_hidden, styles_size, styles_colour = \
        looks.of(_style_id(rpr, "rStyle"), _style_id(ppr, "pStyle"))
    own_hidden = _on_off(rpr, "vanish")
    hidden = own_hidden if own_hidden is not None else styles_hidden
    if hidden:
        return f"hidden by the style '{hidden_by.name}'" if hidden_by is not None and \
            own_hidden is None else "marked hidden (w:vanish)"
    own_size = _size_pt(rpr)
    size = own_size if own_size is not None else styles_size
    if size is not None and size < MIN_VISIBLE_SIZE:
        return f"written at {size:.1f} pt"
    colour = _colour(rpr)
    if colour is None:
        colour = styles_colour
    if colour is None or colour == AUTO:
        return ""
    ground = _shading(rpr, ppr, run_styles, paragraph_styles)
    if contrast(colour, ground) < MIN_CONTRAST:
        return "in the colour of its background"
    return ""


def _shading(rpr, ppr, run_styles, paragraph_styles) -> tuple[float, float, float]:
    """The fill under a run: its own shading or its character style's, then its paragraph's
    or the paragraph style's; else white paper."""
    holders = [rpr, *(s.rpr for s in run_styles), ppr]
    for style in paragraph_styles:
        holders += [style.rpr, style.ppr]
    for props in holders:
        shd = props.find(f"{W}shd") if props is not None else None
        fill = shd.get(f"{W}fill") if shd is not None else None
        if fill and len(fill) == 6 and fill.lower() != "auto":
            try:
                return tuple(int(fill[i:i + 2], 16) / 255 for i in (0, 2, 4))
            except ValueError:
                continue
    return WHITE


def docx_seen(data) -> Seen:
    """The DOCX's body, tables, headers and footers, run by run, split by visibility.

    `data`: the bytes, or the package already opened (DocxXml)."""
    if isinstance(data, (bytes, bytearray)):
        with DocxXml(data) as package:
            return docx_seen(package)
    paragraphs = body_paragraphs(data.document)
    for part in data.section_parts():
        if part is not None:
            paragraphs.extend(part.iterchildren(f"{W}p"))
    looks = _StyleLooks(data.styles)
    seen = Seen()
    for paragraph in paragraphs:
        pieces: list[tuple[str, str]] = []
        for run in paragraph_runs(paragraph):
            why = _run_hidden_because(run, paragraph, looks)
            if pieces and pieces[-1][1] == why:
                pieces[-1] = (pieces[-1][0] + run_text(run), why)
            else:
                pieces.append((run_text(run), why))
        for text, why in pieces:
            seen.add(text, why)
    return seen
