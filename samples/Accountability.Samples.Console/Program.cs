System.Console.WriteLine("Accountability.Core sample");
