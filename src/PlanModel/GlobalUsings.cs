// Imported once for the whole project: the namespaces most files of the runtime model import.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.Text;
