namespace Crosscheck.Entities;

/// <summary>The kind of thing a mention names.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A company, party, agency, ministry, army or other organisation.</summary>
    Organization,
    /// <summary>A news outlet, magazine, broadcaster or news agency.</summary>
    Outlet,
    /// <summary>A country, city or region.</summary>
    Place,
    /// <summary>An unnamed group of people ("three Western diplomats", "officials").</summary>
    Group,
}
