namespace Crosscheck.Entities;

/// <summary>The grammatical gender a person is referred to with, as far as names and titles tell.</summary>
public enum PersonGender
{
    /// <summary>Nothing in the article tells.</summary>
    Unknown,
    /// <summary>Referred to as "she": a female given name or a title such as "Mrs." or "Queen".</summary>
    Female,
    /// <summary>Referred to as "he": a male given name or a title such as "Mr." or "King".</summary>
    Male,
}
