print("server started");
