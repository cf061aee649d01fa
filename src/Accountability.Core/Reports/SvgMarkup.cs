using System.Xml;

namespace Accountability.Reports;

/// <summary>Writes SVG elements to an XML writer: the chart's frame with its title and description, and its marks.</summary>
internal sealed class SvgMarkup
{
    /// <summary>The SVG namespace.</summary>
    public const string Namespace = "http://www.w3.org/2000/svg";

    private readonly XmlWriter _xml;

    public SvgMarkup(XmlWriter xml) => _xml = xml;

    /// <summary>Opens a chart: the <c>svg</c> element (named by <c>data-chart</c>), then its <c>title</c> and <c>desc</c>.</summary>
    public void Open(string chart, decimal width, decimal height, string title, string description)
    {
        _xml.WriteStartElement("svg", Namespace);
        Attribute("data-chart", chart);
        Attribute("class", "chart");
        Attribute("role", "img");
        Attribute("aria-labelledby", chart + "-title " + chart + "-desc");
        Attribute("width", width);
        Attribute("height", height);
        Attribute("viewBox", "0 0 " + Number(width) + " " + Number(height));
        _xml.WriteStartElement("title", Namespace);
        Attribute("id", chart + "-title");
        _xml.WriteString(ChartText.Clean(title));
        _xml.WriteEndElement();
        _xml.WriteStartElement("desc", Namespace);
        Attribute("id", chart + "-desc");
        _xml.WriteString(ChartText.Clean(description));
        _xml.WriteEndElement();
    }

    /// <summary>Defines a hatched pattern (diagonal lines) that bars can be filled with, so they differ without colour.</summary>
    public void Hatch(string id)
    {
        _xml.WriteStartElement("defs", Namespace);
        _xml.WriteStartElement("pattern", Namespace);
        Attribute("id", id);
        Attribute("patternUnits", "userSpaceOnUse");
        Attribute("width", 6m);
        Attribute("height", 6m);
        Attribute("patternTransform", "rotate(45)");
        Element("rect", ("width", "6"), ("height", "6"), ("fill", "#ffffff"));
        Element("line", ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", "#000000"), ("stroke-width", "3"));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>Opens a group of marks.</summary>
    public void Group(string cssClass, string? title = null, params (string Name, string Value)[] data)
    {
        _xml.WriteStartElement("g", Namespace);
        Attribute("class", cssClass);
        foreach ((string name, string value) in data)
        {
            Attribute(name, value);
        }

        if (title is not null)
        {
            _xml.WriteStartElement("title", Namespace);
            _xml.WriteString(ChartText.Clean(title));
            _xml.WriteEndElement();
        }
    }

    /// <summary>Closes the innermost open element (a group or the chart).</summary>
    public void Close() => _xml.WriteEndElement();

    /// <summary>A rectangle: a bar.</summary>
    public void Rect(string cssClass, decimal x, decimal y, decimal width, decimal height, string? fill = null)
    {
        _xml.WriteStartElement("rect", Namespace);
        Attribute("class", cssClass);
        Attribute("x", x);
        Attribute("y", y);
        Attribute("width", width);
        Attribute("height", height);
        if (fill is not null)
        {
            Attribute("fill", fill);
        }

        _xml.WriteEndElement();
    }

    /// <summary>A straight line: an axis, a target mark.</summary>
    public void Line(string cssClass, decimal x1, decimal y1, decimal x2, decimal y2)
    {
        _xml.WriteStartElement("line", Namespace);
        Attribute("class", cssClass);
        Attribute("x1", x1);
        Attribute("y1", y1);
        Attribute("x2", x2);
        Attribute("y2", y2);
        _xml.WriteEndElement();
    }

    /// <summary>A circle: a point of a trend.</summary>
    public void Circle(string cssClass, decimal cx, decimal cy, decimal r, string title)
    {
        _xml.WriteStartElement("circle", Namespace);
        Attribute("class", cssClass);
        Attribute("cx", cx);
        Attribute("cy", cy);
        Attribute("r", r);
        _xml.WriteStartElement("title", Namespace);
        _xml.WriteString(ChartText.Clean(title));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A line through points: a trend.</summary>
    public void Polyline(string cssClass, IEnumerable<(decimal X, decimal Y)> points)
    {
        _xml.WriteStartElement("polyline", Namespace);
        Attribute("class", cssClass);
        Attribute("points", string.Join(" ", points.Select(p => Number(p.X) + "," + Number(p.Y))));
        _xml.WriteEndElement();
    }

    /// <summary>Text at a point; <paramref name="anchor"/> is start, middle or end.</summary>
    public void Text(string cssClass, decimal x, decimal y, string text, string anchor = "start")
    {
        _xml.WriteStartElement("text", Namespace);
        Attribute("class", cssClass);
        Attribute("x", x);
        Attribute("y", y);
        if (anchor != "start")
        {
            Attribute("text-anchor", anchor);
        }

        _xml.WriteString(ChartText.Clean(text));
        _xml.WriteEndElement();
    }

    /// <summary>A whole chart that has nothing to draw: its frame, and "no data" said in it.</summary>
    public void NoData(string chart, string title, string why)
    {
        Open(chart, 720m, 40m, title, "No data: " + why);
        Text("no-data", 8m, 24m, "No data: " + why);
        Close();
    }

    /// <summary>A coordinate as the markup writes it: rounded to <see cref="ChartScale.Places"/> places, invariant culture.</summary>
    public static string Number(decimal value) => Rounding.Format(value, ChartScale.Places);

    private void Attribute(string name, decimal value) => _xml.WriteAttributeString(name, Number(value));

    private void Attribute(string name, string value) => _xml.WriteAttributeString(name, ChartText.Clean(value));

    private void Element(string name, params (string Name, string Value)[] attributes)
    {
        _xml.WriteStartElement(name, Namespace);
        foreach ((string attribute, string value) in attributes)
        {
            Attribute(attribute, value);
        }

        _xml.WriteEndElement();
    }
}
