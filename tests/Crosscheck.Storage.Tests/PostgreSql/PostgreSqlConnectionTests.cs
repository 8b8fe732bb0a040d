using Crosscheck.Storage.PostgreSql;
using Npgsql;

namespace Crosscheck.Storage.Tests.PostgreSql;

public sealed class PostgreSqlConnectionTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example:5433/news", true)]
    [InlineData("postgresql://db.example/news", true)]
    [InlineData("Host=db.example;Database=news", true)]
    [InlineData("server = db.example; database = news", true)]
    [InlineData("crosscheck.db", false)]
    [InlineData("data/news=2025.db", false)]
    [InlineData("/tmp/Host.db", false)]
    public void Recognises_postgresql_names(string database, bool expected)
    {
        Assert.Equal(expected, PostgreSqlConnection.IsPostgreSql(database));
    }

    [Fact]
    public void Turns_a_url_into_a_connection_string()
    {
        // When
        var builder = new NpgsqlConnectionStringBuilder(
            PostgreSqlConnection.ToConnectionString("postgres://ana%40desk:p%3Ass%2Fw@db.example:5433/news%20room?sslmode=require&application_name=cc"));

        // Then
        Assert.Equal("db.example", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("ana@desk", builder.Username);
        Assert.Equal("p:ss/w", builder.Password);
        Assert.Equal("news room", builder.Database);
        Assert.Equal(SslMode.Require, builder.SslMode);
        Assert.Equal("cc", builder.ApplicationName);
    }

    [Fact]
    public void Keeps_a_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgreSqlConnection.ToConnectionString("Host=db.example;Port=6000;Database=news"));

        Assert.Equal("db.example", builder.Host);
        Assert.Equal(6000, builder.Port);
    }

    [Theory]
    [InlineData("postgres://db.example/news?frobnicate=1")]
    [InlineData("postgres://db.example/news?sslmode=sometimes")]
    [InlineData("postgres://db.example/news?connect_timeout=soon")]
    [InlineData("Host=db.example;Frobnicate=1")]
    public void Refuses_what_it_cannot_parse(string database)
    {
        Assert.Throws<ArgumentException>(() => PostgreSqlConnection.ToConnectionString(database));
    }

    [Fact]
    public void Describes_without_the_password()
    {
        var description = PostgreSqlConnection.Describe(PostgreSqlConnection.ToConnectionString("postgres://ana:secret@db.example:5433/news"));

        Assert.Equal("postgres://db.example:5433/news", description);
    }
}
