print("client started");
