// Imported once for the whole project: the BCL namespaces and this library's own namespaces that most of its files import.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.IO;
global using System.Text;
global using PlanModel.Yaml.Corpus;
global using PlanModel.Yaml.Diagnostics;
global using PlanModel.Yaml.Runtime;
global using PlanModel.Yaml.Sources;
global using PlanModel.Yaml.Specs;
global using PlanModel.Yaml.Validation;
