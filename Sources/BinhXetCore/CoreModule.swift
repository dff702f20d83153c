import GRDB
public enum CoreModule {}
