CREATE SCHEMA "platform";
