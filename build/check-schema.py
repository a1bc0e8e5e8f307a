#!/usr/bin/env python3
"""Validates every plans-yaml/**/*.yaml (and *.yml) against plans-yaml/schema/planmodel.schema.json.

A test-only companion of the real validator (`plan validate`, the MSBuild task): it checks that the JSON Schema
the editors use agrees with the corpus, that every file carries the schema modeline, and that the schema's enums
agree with the C# sources (Vocabulary.cs, FileKinds, the keywords of Naming/Identifiers.cs). It needs the Python
modules `jsonschema` and `yaml` (PyYAML); when either is missing it prints why and exits 0 (skipped).

YAML is read the way the editor's language server reads it (YAML 1.2 core schema): plain `2021-03-10` stays
text, `yes`/`no` stay text, `3.9` is a number, `null`/`~`/empty is null; mapping keys become strings.

usage: python3 build/check-schema.py [corpus-dir] [--schema file]
exit codes: 0 ok or skipped, 1 findings, 2 usage or unreadable schema.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", "plans-yaml"))
MODELINE = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)\s*$")


def main(argv):
    root, schema_path = DEFAULT_ROOT, None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--schema" and args:
            schema_path = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-"):
            print("check-schema: unknown option " + a, file=sys.stderr)
            return 2
        else:
            root = a
    schema_path = os.path.abspath(schema_path or os.path.join(root, "schema", "planmodel.schema.json"))

    try:
        import jsonschema
        import yaml
    except ImportError as ex:
        print("check-schema: skipped: the Python module '%s' is not installed (pip install jsonschema pyyaml)" % ex.name)
        return 0

    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft7Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as ex:
        print("check-schema: %s: not a valid draft-07 schema: %s" % (schema_path, str(ex).splitlines()[0]), file=sys.stderr)
        return 2

    validator = jsonschema.Draft7Validator(schema)
    loader = core12_loader(yaml)
    files = sorted(
        os.path.join(d, n)
        for d, _, names in os.walk(root)
        for n in names
        if n.endswith((".yaml", ".yml")) and not ({"bin", "obj"} & set(os.path.relpath(d, root).split(os.sep)))
    )
    findings = 0
    for path in files:
        shown = os.path.relpath(path, os.getcwd())
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        first = text.split("\n", 1)[0].rstrip("\r")
        m = MODELINE.match(first)
        if not m:
            findings += report(shown, 1, "first line is not the modeline '# yaml-language-server: $schema=../schema/planmodel.schema.json'")
        elif os.path.normcase(os.path.abspath(os.path.join(os.path.dirname(path), m.group(1)))) != os.path.normcase(schema_path):
            findings += report(shown, 1, "the modeline's $schema=%s does not point to %s" % (m.group(1), os.path.relpath(schema_path, os.path.dirname(path))))
        try:
            node = yaml.compose(text, Loader=loader)
            data = to_json(yaml.load(text, Loader=loader))
        except yaml.YAMLError as ex:
            mark = getattr(ex, "problem_mark", None)
            findings += report(shown, mark.line + 1 if mark else 1, "YAML error: " + str(ex).replace("\n", " "))
            continue
        for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
            findings += report(shown, line_of(node, error.absolute_path), describe(error))

    findings += consistency(schema)
    print("check-schema: %d file(s) checked against %s: %d finding(s)" % (len(files), os.path.relpath(schema_path, os.getcwd()), findings))
    return 1 if findings else 0


# Schema enums that mirror src/PlanModel.Yaml/Binding/Vocabulary.cs (JSON pointers into the schema).
VOCABULARY = {
    "DocumentTypes": ["/definitions/documentFile/properties/type"],
    "RegionLevels": ["/definitions/documentFile/properties/region/properties/level"],
    "Roles": ["/definitions/column/properties/role", "/definitions/target/properties/role"],
    "Measures": ["/definitions/legend/properties/markers/items/properties/measure", "/definitions/interpret/properties/measure",
                 "/definitions/target/properties/measure"],
    "BoxStatuses": ["/definitions/boxRegistration/properties/status"],
    "StatusCodes": ["/definitions/item/properties/status/properties/code"],
    "OutlineLevels": ["/definitions/outlineNode/properties/level"],
    "Lists": ["/definitions/target/properties/list"],
    "CatalogueMeasures": ["/definitions/indicatorsFile/properties/indicators/items/properties/measure"],
    "Directions": ["/definitions/indicatorsFile/properties/indicators/items/properties/direction"],
    "Qualifiers": ["/definitions/interpret/properties/qualifier"],
}


def consistency(schema):
    """Keeps the schema in step with the C# sources it describes (skipped when absent)."""
    repo = os.path.dirname(HERE)
    findings = 0
    vocabulary = os.path.join(repo, "src", "PlanModel.Yaml", "Binding", "Vocabulary.cs")
    if os.path.exists(vocabulary):
        with open(vocabulary, encoding="utf-8") as f:
            code = f.read()
        arrays = {m.group(1): re.findall(r'"([^"]*)"', m.group(2))
                  for m in re.finditer(r"static readonly string\[\] (\w+) =\s*\{([^}]*)\}", code)}
        for name, pointers in VOCABULARY.items():
            for pointer in pointers:
                node = schema
                for part in pointer.strip("/").split("/"):
                    node = node.get(part, {}) if isinstance(node, dict) else {}
                got = [v for v in node.get("enum", []) if v is not None]
                if got != arrays.get(name):
                    findings += report(os.path.relpath(vocabulary), 1, "Vocabulary.%s %s differs from the schema's %s %s" % (name, arrays.get(name), pointer, got))
        identifiers = os.path.join(repo, "src", "PlanModel.Yaml", "Naming", "Identifiers.cs")
        if os.path.exists(identifiers):
            with open(identifiers, encoding="utf-8") as f:
                m = re.search(r"Keywords = new\(System\.StringComparer\.Ordinal\)\s*\{([^}]*)\}", f.read())
            declared = re.findall(r'"([^"]*)"', m.group(1)) if m else []
            got = schema.get("definitions", {}).get("symbol", {}).get("not", {}).get("enum", [])
            if declared != got:
                findings += report(os.path.relpath(identifiers), 1, "Identifiers.Keywords differ from the schema's /definitions/symbol/not/enum")
        kinds = os.path.join(repo, "src", "PlanModel.Yaml", "Specs", "PlanFileSpec.cs")
        if os.path.exists(kinds):
            with open(kinds, encoding="utf-8") as f:
                declared = set(re.findall(r'public const string \w+ = "([^"]+)"', f.read()))
            if declared != set(schema["properties"]["kind"]["enum"]):
                findings += report(os.path.relpath(kinds), 1, "FileKinds %s differ from the schema's kinds %s" % (sorted(declared), schema["properties"]["kind"]["enum"]))
    # docs/rules.md against the rule catalogue: RuleCatalogueTests (C#, no Python needed).
    return findings


def core12_loader(yaml):
    """A safe loader that resolves plain scalars by the YAML 1.2 core schema (as yaml-language-server does)."""

    class Core12Loader(yaml.SafeLoader):
        pass

    Core12Loader.yaml_implicit_resolvers = {}

    def resolver(tag, pattern, first):
        Core12Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))

    resolver("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])
    resolver("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF")
    resolver("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789")
    resolver("tag:yaml.org,2002:float",
             r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
             "-+.0123456789")

    def construct_int(loader, node):
        v = loader.construct_scalar(node)
        if v.startswith("0o"):
            return int(v[2:], 8)
        if v.startswith("0x"):
            return int(v[2:], 16)
        return int(v, 10)

    def construct_float(loader, node):
        v = loader.construct_scalar(node).lower()
        if v.endswith(".inf"):
            return float("-inf") if v.startswith("-") else float("inf")
        return float("nan") if v == ".nan" else float(v)

    Core12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    Core12Loader.add_constructor("tag:yaml.org,2002:float", construct_float)
    Core12Loader.add_constructor("tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true")
    return Core12Loader


def to_json(value):
    """JSON semantics: mapping keys are strings (a YAML key `2020:` is the JSON key "2020")."""
    if isinstance(value, dict):
        return {json_key(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def json_key(k):
    if k is None:
        return "null"
    if isinstance(k, bool):
        return "true" if k else "false"
    return str(k)


def line_of(node, path):
    """1-based line of the node at a JSON path in a composed YAML tree (best effort)."""
    import yaml

    line = node.start_mark.line + 1 if node is not None else 1
    for part in path:
        if isinstance(node, yaml.MappingNode):
            match = [v for k, v in node.value if k.value == str(part)]
            node = match[0] if match else None
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def describe(error):
    where = "/".join(str(p) for p in error.absolute_path) or "(file)"
    message = error.message
    if error.validator in ("anyOf", "oneOf") and error.context:
        import jsonschema

        best = jsonschema.exceptions.best_match(error.context)
        message = "%s (%s)" % (message if len(message) < 120 else error.validator + " failed", best.message)
    return "%s: %s" % (where, message)


def report(file, line, message):
    print("%s(%d): schema: %s" % (file, line, message))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
