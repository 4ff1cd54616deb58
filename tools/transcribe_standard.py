#!/usr/bin/env python3
"""Transcribe the job-competency standard into the iitalent catalog.

Source: the text extracted from the PDF of the standard
《工业互联网产业人才岗位能力要求》 (../shared/standard/000_05f18f387c78b043.txt,
relative to the repository root).  See ../shared/standard/README.md for its
structure and for the known defects of the extraction.

Output (UTF-8, indent=2, trailing newline) under data/catalog/:
    meta.json         title of the standard and provenance
    directions.json   the 8 directions of Table 1 and their role codes
    dimensions.json   the 4 dimensions and 6 elements of Table 2
    roles/NN.json     one file per role (NN = 01..41): Table 1 + section 5
    improvement.json  Appendix A (improvement contents, stages, providers)

Rules:
  * Every Chinese string is taken from the text by this script; only the
    English renderings (and the ids) are written by hand, in the tables below.
  * Wrapped lines are joined by stripping each physical line and concatenating
    with no separator.  A join between two ASCII letters/digits is printed
    for review; it gets a space only if listed in SPACE_JOINS.
  * The standard's own typos are kept verbatim.

Standard library only.  Usage:
    python3 tools/transcribe_standard.py [--source PATH] [--out DIR]
"""

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "standard" / "000_05f18f387c78b043.txt"
# Source path as recorded in meta.json (relative to the repository root).
SOURCE_REF = "../shared/standard/000_05f18f387c78b043.txt"
DEFAULT_OUT = REPO / "data" / "catalog"

# Expected totals, from the README of the standard.
EXPECTED_ROLES = 41
EXPECTED_ITEMS = {"a": 188, "b": 155, "c": 187, "d": 111}
EXPECTED_TOTAL = 641

# ---------------------------------------------------------------------------
# Hand-written English (and ids).  Nothing Chinese here.
# ---------------------------------------------------------------------------

META_EN = {
    "title_en": "Job competency requirements for Industrial Internet industry talent",
    "edition": "iitalent catalog 1.0 (standard text as extracted)",
}

# Directions in Table 1 order: (id, name_en).
DIRECTIONS_EN = [
    ("network", "Network"),
    ("identifier", "Identifier resolution"),
    ("platform", "Platform"),
    ("bigdata", "Industrial big data"),
    ("security", "Security"),
    ("edge", "Edge computing"),
    ("application", "Application"),
    ("operations", "Operations"),
]

# Dimensions in Table 2 order: (key, name_en, [(element name_en, description_en)]).
DIMENSIONS_EN = [
    ("a", "General competence", [
        ("Soft skills",
         "The behavioural traits and overall qualities that talent in the role "
         "should have in order to complete work tasks, including skills such as "
         "keeping up with learning, communication and coordination, analysis of "
         "requirements and trends, and grasp of business scenarios"),
    ]),
    ("b", "Professional knowledge", [
        ("Foundational knowledge",
         "The general knowledge that talent in the role should master, mainly "
         "including basic theory, knowledge of relevant standards and "
         "specifications, and relevant laws and regulations, security, "
         "privacy, etc."),
        ("Specialised knowledge",
         "The knowledge that talent in the role must have in order to complete "
         "work tasks, mainly the theoretical knowledge, technical requirements, "
         "operating procedures, etc. appropriate to the requirements of the "
         "specific role"),
    ]),
    ("c", "Technical skills", [
        ("Basic skills",
         "The level and proficiency with which talent in the role should be "
         "able to apply foundational knowledge in order to complete work tasks"),
        ("Specialised skills",
         "The level at which talent in the role should be able to apply "
         "specialised knowledge, and their command of special tools, in order "
         "to complete work tasks"),
    ]),
    ("d", "Engineering practice", [
        ("Experience",
         "The experience that talent in the role should have from actual "
         "engineering work and project delivery"),
    ]),
]

# Roles by code: (name_en, duty_en).  duty_en translates the Table 1 duty.
ROLES_EN = {
    "01": ("Industrial Internet Network Architecture Engineer",
           "Responsible for the design and planning of solutions for industrial "
           "enterprises' internal and external networks, private 5G networks and "
           "industrial data interoperability"),
    "02": ("Industrial Internet Network Development Engineer",
           "Responsible for the design and development of systems for industrial "
           "enterprises' internal and external networks, private 5G networks and "
           "industrial data interoperability"),
    "03": ("Industrial Internet Network Integration Engineer",
           "Responsible for the integration and implementation of systems for "
           "industrial enterprises' internal and external networks, private 5G "
           "networks and industrial data interoperability"),
    "04": ("Industrial Internet Network Operations and Maintenance Engineer",
           "Responsible for the integration, operation and maintenance of systems "
           "for industrial enterprises' internal and external networks, private "
           "5G networks and industrial data interoperability"),
    "05": ("Industrial Internet Identifier Resolution Architecture Design Engineer",
           "Responsible for the architecture design of identifier resolution "
           "application systems, nodes and application scenarios"),
    "06": ("Industrial Internet Identifier Resolution R&D Engineer",
           "Responsible for the design and development of identifier resolution "
           "application systems"),
    "07": ("Industrial Internet Identifier Resolution Product Design Engineer",
           "Responsible for the design of identifier resolution application "
           "service products"),
    "08": ("Industrial Internet Identifier Resolution Operations and Maintenance Engineer",
           "Responsible for the deployment, operation and maintenance of "
           "identifier resolution systems"),
    "09": ("Industrial Internet Identifier Resolution System Integration Engineer",
           "Responsible for the system integration of identifier resolution "
           "application services"),
    "10": ("Industrial Internet Platform Architecture Engineer",
           "Responsible for formulating Industrial Internet platform construction "
           "plans and for architecture design"),
    "11": ("Industrial Internet Platform R&D Engineer",
           "Responsible for research and development in building Industrial "
           "Internet platform systems"),
    "12": ("Industrial Internet Platform Test Engineer",
           "Responsible for functional, performance and interface testing of "
           "Industrial Internet platform systems"),
    "13": ("Industrial Internet Platform Operations and Maintenance Engineer",
           "Responsible for the deployment for operation and maintenance, the "
           "management and the optimisation of Industrial Internet platform systems"),
    "14": ("Industrial App Development Engineer",
           "Responsible for the functional design, development, testing, "
           "deployment, operation and maintenance of industrial apps"),
    "15": ("Industrial App Productisation Engineer",
           "Responsible for market research, requirements discovery, development "
           "guidance, cost estimation, product promotion, etc. for industrial apps"),
    "16": ("Industrial Big Data Architect",
           "Responsible for the design of industrial big data architecture, "
           "technical roadmaps, specifications and standards, and for the planning "
           "and building of core data"),
    "17": ("Industrial Big Data Engineer",
           "Responsible for industrial big data collection, desensitisation, "
           "classification and grading, storage and visualisation processing"),
    "18": ("Industrial Big Data Application R&D Engineer",
           "Responsible for the research and development of big data applications "
           "related to analysis, processing and services"),
    "19": ("Database Development Engineer",
           "Responsible for database cluster development and optimisation of big "
           "data computing power"),
    "20": ("Industrial Big Data Management Specialist",
           "Responsible for the management of industrial big data preprocessing, "
           "desensitisation and annotation, storage management, graded governance, "
           "etc."),
    "21": ("Industrial Big Data Analyst",
           "Responsible for statistical analysis, in-depth mining and business "
           "forecasting of industrial big data"),
    "22": ("Industrial Big Data Modelling Engineer",
           "Responsible for the research and design of algorithm models and "
           "mechanism models, and for formulating and designing big data solutions"),
    "23": ("Industrial Big Data Test Engineer",
           "Responsible for formulating and carrying out industrial big data test "
           "plans"),
    "24": ("Industrial Internet Security Architecture Engineer",
           "Responsible for the top-level planning and design of the Industrial "
           "Internet security architecture, and for designing the Industrial "
           "Internet security management organisational structure and security "
           "management system architecture"),
    "25": ("Industrial Internet Security Development Engineer",
           "Responsible for Industrial Internet security detection, protection, "
           "auditing, operation and maintenance management and similar work, and "
           "for the security requirements design and security function development "
           "of related products, tools, platforms and business systems"),
    "26": ("Industrial Internet Security Implementation Engineer",
           "Responsible for designing Industrial Internet security planning and "
           "implementation schemes, drawing up plans, and implementation and joint "
           "commissioning work"),
    "27": ("Industrial Internet Security Operations and Maintenance Engineer",
           "Responsible for monitoring and managing the day-to-day operating status "
           "of Industrial Internet networks, devices and management platforms, and "
           "for the analysis and diagnosis of security incidents, emergency "
           "response, and the day-to-day enforcement of security management rules"),
    "28": ("Industrial Internet Security Assessment Engineer",
           "Responsible for security risk assessment of Industrial Internet "
           "information systems and products, for formulating security assessment "
           "plans, tools, processes and methods, and for recommending appropriate "
           "technical and management security measures based on the assessment "
           "results"),
    "29": ("Industrial Internet Edge Computing System Architect",
           "Responsible for designing the technical architecture, technical "
           "roadmap and technical standards of edge computing systems and for "
           "developing their core code, leading the R&D team in building edge "
           "computing systems"),
    "30": ("Industrial Internet Edge Computing Hardware Engineer",
           "Responsible for the hardware schematic and PCB design of edge smart "
           "sensors, smart gateways, smart controllers, smart servers and edge "
           "acceleration modules"),
    "31": ("Industrial Internet Embedded Development Engineer",
           "Responsible for the design and development of application software for "
           "edge computing products based on mainstream embedded hardware "
           "platforms and operating systems"),
    "32": ("Industrial Internet Edge Computing Application Development Engineer",
           "Responsible for researching and implementing algorithms in edge "
           "computing devices, and for the design and development of lightweight "
           "edge intelligence application software"),
    "33": ("Industrial Internet Edge Computing Implementation Engineer",
           "Responsible for on-site installation, commissioning and maintenance of "
           "edge computing products, as well as related training and answering "
           "questions"),
    "34": ("Industrial Internet Industry Application Architecture Engineer",
           "Responsible for designing solutions for implementing industry "
           "applications, including top-level planning, scenario design, research "
           "on implementation paths, and software and hardware selection and "
           "deployment"),
    "35": ("Industrial Internet Industry Application Development Engineer",
           "Responsible for the development of new application software for "
           "industries, development for cloud deployment of mature application "
           "software, system integration, and development of complete solutions"),
    "36": ("Industrial Internet Application Maturity Assessment Engineer",
           "Responsible for the evaluation of and consulting on the level and "
           "implementation results of Industrial Internet applications"),
    "37": ("Industrial Internet Solution Planning Engineer",
           "Responsible for planning and formulating optimisation solutions for "
           "enterprise strategy, operations management, business processes, "
           "production layout, etc., guiding enterprises through intelligent "
           "transformation"),
    "38": ("Industrial Internet Solution System Integration Engineer",
           "Responsible for the overall architecture design and integration plans "
           "of system integration projects, and for technical support such as "
           "equipment configuration, system testing and technical documentation"),
    "39": ("Industrial Internet Solution System Operations and Maintenance Engineer",
           "Responsible for operation and maintenance work such as installation and "
           "configuration of intelligent products, performance and function "
           "testing, software upgrades and patch installation, fault response, "
           "technical exchange and inspection rounds"),
    "40": ("Industrial Internet Operations Manager",
           "Responsible for planning the overall Industrial Internet operating "
           "model and schemes, and for fine-grained operations management"),
    "41": ("Industrial Internet Operations Engineer",
           "Responsible for the hands-on operation and promotion of Industrial "
           "Internet platforms, communities, ecosystems, products, data and other "
           "content"),
}

# Appendix A.
IMPROVEMENT_EN = {
    "title_en": "Industrial Internet job competency improvement",
    "figure_caption_en": "Competency improvement path for Industrial Internet industry talent",
}
# A.1 contents, one per dimension (a..d).
CONTENTS_EN = {
    "a": "Soft-skill and general competence improvement",
    "b": "Foundational and specialised knowledge improvement",
    "c": "Basic and specialised technical skill improvement",
    "d": "Project-experience-based engineering practice improvement",
}
# A.2 stages, in order: (id, name_en, [(method id, method name_en)]).
STAGES_EN = [
    ("pre-job", "Pre-job improvement", [
        ("theory-teaching", "Theory teaching"),
        ("integrated-teaching", "Integrated theory and practice teaching"),
        ("project-training", "Project training and internship"),
    ]),
    ("on-job", "On-the-job improvement", [
        ("internal-training", "Internal on-the-job training"),
        ("external-training", "External off-the-job training"),
        ("project-mentoring", "Project practice or mentoring"),
    ]),
]
# A.3 providers, in order: (id, name_en).
PROVIDERS_EN = [
    ("education", "Education and training institutions"),
    ("enterprise", "Enterprises"),
    ("individual", "Individuals"),
]

# Joins between two ASCII letters/digits that need a space, as
# (last word of the upper line, first word of the lower line).
# 'Selenium WebDriver' is a product name; the extracted line even keeps the
# trailing space before the break.
SPACE_JOINS = {("Selenium", "WebDriver")}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
JOIN_LOG = []  # (context, left word, right word, separator)


def fail(msg):
    sys.exit("transcribe_standard: " + msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def join_lines(lines, context):
    """Join physical lines: strip each, concatenate with no separator.

    Blank lines (page breaks) are skipped.  A join between two ASCII
    letters/digits is logged for review and gets a space only if listed in
    SPACE_JOINS.
    """
    out = ""
    for line in lines:
        s = line.strip()
        if not s:
            continue
        sep = ""
        if out and ASCII_ALNUM.match(out[-1]) and ASCII_ALNUM.match(s[0]):
            left = re.search(r"[A-Za-z0-9]+$", out).group(0)
            right = re.match(r"[A-Za-z0-9]+", s).group(0)
            sep = " " if (left, right) in SPACE_JOINS else ""
            JOIN_LOG.append((context, left, right, sep))
        out += sep + s
    return out


def find_line(lines, pattern, start=0, end=None):
    """Index of the first line (stripped) matching pattern in [start, end)."""
    rx = re.compile(pattern)
    end = len(lines) if end is None else end
    for i in range(start, end):
        if rx.match(lines[i].strip()):
            return i
    fail("pattern not found: %r (from line %d)" % (pattern, start + 1))


def write_json(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------------------
# Locating the parts of the document
# ---------------------------------------------------------------------------

def locate(lines):
    """Return the line indexes of the landmarks of the document."""
    p = {}
    p["scope"] = find_line(lines, r"^1 范围$")
    p["t1_head"] = find_line(lines, r"^序号\s+方向\s+岗位名称\s+岗位职责$")
    p["sec4"] = find_line(lines, r"^4 \S", p["t1_head"])
    p["sec5"] = find_line(lines, r"^5 \S", p["sec4"])
    p["appx"] = find_line(lines, r"^附\s*录\s*A$", p["sec5"])
    # Defect 1: rows 35-41 of Table 1 and all of Table 2 sit inside 5.1.1 a).
    # The block starts with the row coded 35 and ends before the next item.
    p["disp_start"] = find_line(lines, r"^35\s", p["sec5"], p["appx"])
    p["t2_head"] = find_line(lines, r"^维度\s+要素\s+说明$", p["disp_start"], p["appx"])
    p["disp_end"] = find_line(lines, r"^——", p["disp_start"], p["appx"])
    check(p["disp_start"] < p["t2_head"] < p["disp_end"],
          "displaced block does not contain Table 2 header")
    # The displaced block must lie inside 5.1.1 (before 5.1.2).
    sec512 = find_line(lines, r"^5\.1\.2\s", p["sec5"], p["appx"])
    sec511 = find_line(lines, r"^5\.1\.1\s", p["sec5"], p["appx"])
    check(sec511 < p["disp_start"] < sec512, "displaced block not inside 5.1.1")
    return p


# ---------------------------------------------------------------------------
# Table 1: roles, directions, duties
# ---------------------------------------------------------------------------

def parse_table1(row_lines):
    """Parse Table 1 rows from the given lines (rows 01..41 in order).

    A row starts at a line beginning with the next expected two-digit code.
    Layout variants seen: code / direction / name / duty on separate lines,
    'code name' + duty lines, 'code name duty' on one line, 'code direction
    name' on one line, a direction name wrapped over two lines.  The duty
    always starts with '负责'; before it are the code, optionally the
    direction (first row of each direction) and the role name.
    """
    rows = []
    current = None
    for line in row_lines:
        s = line.strip()
        if not s:
            continue
        expected = "%02d" % (len(rows) + 1)
        if re.match(r"^%s(\s|$)" % expected, s):
            current = [s]
            rows.append(current)
        else:
            check(current is not None, "Table 1 text before first row: %r" % s)
            current.append(s)
    check(len(rows) == EXPECTED_ROLES, "Table 1 has %d rows" % len(rows))

    result = []
    direction = None
    for n, row in enumerate(rows, 1):
        code = "%02d" % n
        text = "\n".join(row)
        k = text.find("负责")
        check(k > 0, "row %s has no duty" % code)
        head = text[:k].split()
        duty = join_lines(text[k:].split("\n"), "Table 1 row %s duty" % code)
        check(head[0] == code, "row %s: bad code" % code)
        name = head[-1]
        if len(head) > 2:
            # A new direction; its name may be wrapped ('工业大数' + '据').
            direction = "".join(head[1:-1])
        check(direction is not None, "row %s: no direction" % code)
        result.append({"code": code, "direction_zh": direction,
                       "name_zh": name, "duty_zh": duty})
    return result


# ---------------------------------------------------------------------------
# Table 2: dimensions and elements
# ---------------------------------------------------------------------------

def parse_table2(t2_lines, dimension_names):
    """Parse Table 2 (after its header line).

    Each element's description starts with '指'.  A 'header' line holds a
    dimension name and/or an element name: it is a line that equals a
    dimension name, or is followed by a line starting with '指', or itself
    contains ' 指'.  A run of header tokens of length 2 is (dimension,
    element); of length 1 an element of the current dimension.  Lines that
    are not headers continue the current description.
    """
    lines = [l.strip() for l in t2_lines if l.strip()]
    dims = []
    pending = []      # header tokens not yet assigned
    desc = None       # lines of the current description
    element = None

    def flush_desc():
        if element is not None and desc is not None:
            element["description_zh"] = join_lines(
                desc, "Table 2 %s" % element["name_zh"])

    for i, s in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        m = re.search(r"(^|\s)(指\S.*)$", s)
        is_header = (s in dimension_names or nxt.startswith("指")
                     or (m is not None and m.start(2) > 0))
        check(not (s.startswith("指") and not pending),
              "Table 2 description without element: %r" % s)
        if is_header or s.startswith("指"):
            head = s[:m.start(2)] if m else s
            pending += head.split()
            if m:
                # A description starts here: assign the pending tokens.
                flush_desc()
                check(len(pending) in (1, 2), "Table 2 header %r" % pending)
                if len(pending) == 2:
                    dims.append({"name_zh": pending[0], "elements": []})
                check(dims, "Table 2 element before any dimension")
                element = {"name_zh": pending[-1]}
                dims[-1]["elements"].append(element)
                pending = []
                desc = [m.group(2)]
            continue
        check(desc is not None and not pending, "Table 2 stray line %r" % s)
        desc.append(s)
    flush_desc()
    check(not pending, "Table 2 trailing header %r" % pending)
    return dims


# ---------------------------------------------------------------------------
# Section 5: requirement items
# ---------------------------------------------------------------------------

DIR_HEAD = re.compile(r"^5\.(\d+)\s+\S")
ROLE_HEAD = re.compile(r"^5\.(\d+)\.(\d+)\s+(.+)$")
DIM_HEAD = re.compile(r"^([a-d])）\s*(\S+)$")


def parse_section5(sec_lines):
    """Parse section 5 into roles with items per dimension a-d.

    An item starts with '——' and runs until the next '——', a）–d） heading or
    section heading; blank lines and leading spaces (page breaks) are ignored.
    """
    roles = []
    dim_names = {}
    item = None  # (role, key, [lines])

    def close():
        nonlocal item
        if item is not None:
            role, key, parts = item
            ctx = "%s %s） item %d" % (role["section"], key,
                                       len(role["requirements"][key]) + 1)
            text = join_lines(parts, ctx)
            role["requirements"][key].append(text)
            item = None

    for line in sec_lines:
        s = line.strip()
        if not s:
            continue
        m = ROLE_HEAD.match(s)
        if m:
            close()
            roles.append({"section": "5.%s.%s" % (m.group(1), m.group(2)),
                          "dir_no": int(m.group(1)), "title_zh": m.group(3),
                          "requirements": {k: [] for k in "abcd"},
                          "key": None})
            continue
        if DIR_HEAD.match(s):
            close()
            continue
        m = DIM_HEAD.match(s)
        if m:
            close()
            check(roles, "dimension heading before first role")
            key, name = m.group(1), m.group(2)
            check(dim_names.setdefault(key, name) == name,
                  "inconsistent dimension name %r" % s)
            roles[-1]["key"] = key
            continue
        if s.startswith("——"):
            close()
            check(roles and roles[-1]["key"], "item outside a dimension: %r" % s)
            # Drop the dash and any space after it ('—— 具备…' in 5.2.4 c).
            item = (roles[-1], roles[-1]["key"], [s[2:]])
            continue
        check(item is not None, "stray line in section 5: %r" % s)
        item[2].append(s)
    close()
    return roles, dim_names


# ---------------------------------------------------------------------------
# Appendix A
# ---------------------------------------------------------------------------

# Block starts in Appendix A: (kind, pattern with groups label and text).
APPX_STARTS = [
    ("section", re.compile(r"^(A\.\d+)\s+(.*)$")),
    ("item", re.compile(r"^([a-d])[)）]\s*(.*)$")),
    ("subitem", re.compile(r"^(\d+)\)\s*(.*)$")),
    ("figure", re.compile(r"^(图A\.\d+)\s+(.*)$")),
]


def parse_appendix(app_lines):
    """Split Appendix A into blocks (kind, label, text).

    Lines before A.1 (the '（资料性附录）' note and the title) are one block
    each.  After that a block starts at 'A.n', 'a)'/'a）', '1)' or '图A.n';
    any other line continues the current list item or paragraph unless that
    already ends with '。', in which case it starts a new paragraph.
    """
    blocks = []  # [kind, label, [lines]]
    in_front = True
    for line in app_lines:
        s = line.strip()
        if not s:
            continue
        for kind, rx in APPX_STARTS:
            m = rx.match(s)
            if m:
                blocks.append([kind, m.group(1), [m.group(2)]])
                in_front = in_front and kind != "section"
                break
        else:
            cur = blocks[-1] if blocks else None
            if (in_front or cur is None or cur[0] in ("section", "figure")
                    or cur[2][-1].endswith("。")):
                blocks.append(["para", None, [s]])
            else:
                cur[2].append(s)
    return [(k, lab, join_lines(parts, "Appendix A %s" % (lab or k)))
            for k, lab, parts in blocks]


def method_label(text):
    """Short label of a method: drop trailing punctuation and '等方式'/'等'."""
    label = text.rstrip("；。，")
    for suffix in ("等方式", "等"):
        if label.endswith(suffix):
            return label[:-len(suffix)]
    return label


def build_improvement(blocks):
    """Build improvement.json from the Appendix A blocks.

    Expected shape: front matter (note, title), A.1 (intro + items a-d),
    A.2 (intro, item a + 3 subitems, item b + 3 subitems), A.3 (intro,
    items a-c, a paragraph referring to the figure, the figure caption).
    """
    kinds = [b[0] for b in blocks]
    # The appendix title is the block just before A.1.
    i = kinds.index("section")
    title = blocks[i - 1][2]
    sections = [j for j, k in enumerate(kinds) if k == "section"]
    check(len(sections) == 3, "Appendix A: %d sections" % len(sections))
    a1 = blocks[sections[0] + 1:sections[1]]
    a2 = blocks[sections[1] + 1:sections[2]]
    a3 = blocks[sections[2] + 1:]

    # A.1
    check(a1[0][0] == "para" and [b[1] for b in a1[1:]] == list("abcd"),
          "Appendix A.1 shape")
    contents = [{"dimension": lab, "text_zh": text, "name_en": CONTENTS_EN[lab]}
                for _, lab, text in a1[1:]]

    # A.2
    check(a2[0][0] == "para", "Appendix A.2 shape")
    stages = []
    for kind, lab, text in a2[1:]:
        if kind == "item":
            sid, sname, methods_en = STAGES_EN[len(stages)]
            stages.append({"id": sid,
                           "name_zh": text.split("方式")[0],
                           "name_en": sname,
                           "text_zh": text,
                           "methods": []})
        else:
            check(kind == "subitem" and stages, "Appendix A.2 stray %r" % text)
            st = stages[-1]
            mid, mname = STAGES_EN[len(stages) - 1][2][len(st["methods"])]
            st["methods"].append({"id": mid, "text_zh": text,
                                  "name_zh": method_label(text),
                                  "name_en": mname})
    check(len(stages) == 2 and all(len(s["methods"]) == 3 for s in stages),
          "Appendix A.2: expected 2 stages x 3 methods")

    # A.3
    check(a3[0][0] == "para", "Appendix A.3 shape")
    providers = []
    figure = None
    for kind, lab, text in a3[1:]:
        if kind == "item":
            pid, pname = PROVIDERS_EN[len(providers)]
            name, sep, rest = text.partition("：")
            check(sep, "provider without colon: %r" % text)
            providers.append({"id": pid, "name_zh": name, "name_en": pname,
                              "text_zh": rest})
        elif kind == "figure":
            figure = text
    check(len(providers) == 3 and figure, "Appendix A.3 shape")

    return {
        "title_zh": title,
        "title_en": IMPROVEMENT_EN["title_en"],
        "contents_intro_zh": a1[0][2],
        "contents": contents,
        "stages_intro_zh": a2[0][2],
        "stages": stages,
        "providers_intro_zh": a3[0][2],
        "providers": providers,
        "figure_caption_zh": figure,
        "figure_caption_en": IMPROVEMENT_EN["figure_caption_en"],
    }


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()

    lines = args.source.read_text(encoding="utf-8").split("\n")
    p = locate(lines)

    # Title of the standard: the line just before '1 范围'; it must equal
    # the title of section 5.
    title_zh = [l.strip() for l in lines[:p["scope"]] if l.strip()][-1]
    check(lines[p["sec5"]].strip().split(None, 1)[1] == title_zh,
          "document title differs from section 5 title")

    # Table 1 = rows 01-34 before section 4, plus rows 35-41 displaced.
    table1 = parse_table1(lines[p["t1_head"] + 1:p["sec4"]] +
                          lines[p["disp_start"]:p["t2_head"]])

    # Section 5 without the displaced block.
    sec5 = (lines[p["sec5"] + 1:p["disp_start"]] +
            lines[p["disp_end"]:p["appx"]])
    roles5, dim_names = parse_section5(sec5)
    check(len(roles5) == EXPECTED_ROLES, "section 5 has %d roles" % len(roles5))

    # Table 2, checked against the a）-d） headings of section 5.
    table2 = parse_table2(lines[p["t2_head"] + 1:p["disp_end"]],
                          set(dim_names.values()))
    check([d["name_zh"] for d in table2] ==
          [dim_names[k] for k in "abcd"],
          "Table 2 dimensions differ from section 5 headings")
    check([len(d["elements"]) for d in table2] ==
          [len(e[2]) for e in DIMENSIONS_EN], "Table 2 element counts")

    # Directions, in Table 1 order.
    directions = []
    for row in table1:
        if not directions or directions[-1]["name_zh"] != row["direction_zh"]:
            directions.append({"name_zh": row["direction_zh"], "roles": []})
        directions[-1]["roles"].append(row["code"])
    check(len(directions) == len(DIRECTIONS_EN),
          "Table 1 has %d directions" % len(directions))
    dir_out = []
    for n, (d, (did, den)) in enumerate(zip(directions, DIRECTIONS_EN), 1):
        d["id"] = did
        d["no"] = n
        dir_out.append({"id": did, "name_zh": d["name_zh"], "name_en": den,
                        "roles": d["roles"]})
    dir_of_code = {c: d for d in directions for c in d["roles"]}

    # Roles: Table 1 row n <-> n-th section of section 5.
    role_out = []
    alias_roles = []
    for row, sec in zip(table1, roles5):
        code = row["code"]
        d = dir_of_code[code]
        check(sec["dir_no"] == d["no"],
              "role %s: section %s not in direction %d" % (code, sec["section"], d["no"]))
        title = sec["title_zh"]
        aliases = []
        if title == row["name_zh"]:
            name = title
        elif re.sub(r"\s+", "", title) == row["name_zh"]:
            # Defect 4: '工业 APP' with spaces in the section title.
            name = row["name_zh"]
        else:
            # Defect 3: section title differs from Table 1; keep both.
            name = title
            aliases = [row["name_zh"]]
            alias_roles.append(code)
        name_en, duty_en = ROLES_EN[code]
        role_out.append({
            "code": code,
            "section": sec["section"],
            "direction": d["id"],
            "name_zh": name,
            "name_en": name_en,
            "aliases_zh": aliases,
            "duty_zh": row["duty_zh"],
            "duty_en": duty_en,
            "requirements": sec["requirements"],
        })
    check(alias_roles == ["11"], "unexpected name mismatches: %r" % alias_roles)
    check(len({r["name_en"] for r in role_out}) == EXPECTED_ROLES,
          "English role names are not distinct")
    check(len({r["name_zh"] for r in role_out}) == EXPECTED_ROLES,
          "Chinese role names are not distinct")

    # Totals and sanity checks on items.
    totals = {k: 0 for k in "abcd"}
    table_texts = [r["duty_zh"] for r in table1] + \
        [e["description_zh"] for d in table2 for e in d["elements"]]
    print("Per-role item counts (a b c d):")
    for r in role_out:
        req = r["requirements"]
        for k in "abcd":
            totals[k] += len(req[k])
            check(req[k], "role %s has no %s） items" % (r["code"], k))
            for t in req[k]:
                check(t and "——" not in t and "\n" not in t,
                      "bad item text in %s: %r" % (r["code"], t))
                # ('[a-d]）' not preceded by a letter: 'infographic）' is fine.)
                check(not re.search(r"5\.\d+\.\d+|(?<![A-Za-z])[a-d]）", t),
                      "heading inside item in %s: %r" % (r["code"], t))
                check(not any(x[:12] in t for x in table_texts),
                      "table text inside item in %s: %r" % (r["code"], t))
        print("  %s %-7s %-72s %2d %2d %2d %2d" % (
            r["code"], r["section"], r["name_en"],
            len(req["a"]), len(req["b"]), len(req["c"]), len(req["d"])))
    total = sum(totals.values())
    print("Totals: %d roles, %d items (a %d, b %d, c %d, d %d)" % (
        len(role_out), total, totals["a"], totals["b"], totals["c"], totals["d"]))
    check(len(role_out) == EXPECTED_ROLES and total == EXPECTED_TOTAL and
          totals == EXPECTED_ITEMS, "totals differ from the expected ones")

    print("Roles per direction:")
    for d in dir_out:
        print("  %-12s %d (%s-%s)" % (d["id"], len(d["roles"]),
                                       d["roles"][0], d["roles"][-1]))

    # Appendix A.
    improvement = build_improvement(parse_appendix(lines[p["appx"] + 1:]))

    # Dimensions output.
    dims_out = []
    for d, (key, den, elems_en) in zip(table2, DIMENSIONS_EN):
        dims_out.append({
            "key": key, "name_zh": d["name_zh"], "name_en": den,
            "elements": [{"name_zh": e["name_zh"], "name_en": een,
                          "description_zh": e["description_zh"],
                          "description_en": eden}
                         for e, (een, eden) in zip(d["elements"], elems_en)]})

    # Review list: every join between two ASCII letters/digits.
    print("ASCII letter/digit joins (upper|lower -> joined):")
    for ctx, left, right, sep in JOIN_LOG:
        print("  %s: %s|%s -> %s" % (ctx, left, right, left + sep + right))
    if not JOIN_LOG:
        print("  (none)")

    # Write.
    out = args.out
    write_json(out / "meta.json", {
        "title_zh": title_zh, "title_en": META_EN["title_en"],
        "source": SOURCE_REF, "edition": META_EN["edition"]})
    write_json(out / "directions.json", dir_out)
    write_json(out / "dimensions.json", dims_out)
    for r in role_out:
        write_json(out / "roles" / ("%s.json" % r["code"]), r)
    write_json(out / "improvement.json", improvement)
    print("Wrote %d files under %s" % (4 + len(role_out), out))


if __name__ == "__main__":
    main()
