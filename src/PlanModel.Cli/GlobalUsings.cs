// Imported once for the whole project: the BCL namespaces, System.CommandLine and the reader namespaces that most commands import.
global using System;
global using System.Collections.Generic;
global using System.CommandLine;
global using System.Globalization;
global using System.IO;
global using System.Linq;
global using System.Text;
global using PlanModel.Yaml.Corpus;
global using PlanModel.Yaml.Diagnostics;
